package vn.tiepdon.ui.fx;

import javafx.scene.image.Image;

/**
 * Renders a QR payload (a VietQR code, a queue-follow link) as an image of about the given size.
 */
@FunctionalInterface
public interface QrImages {
  Image render(String payload, int maxPixels);
}
