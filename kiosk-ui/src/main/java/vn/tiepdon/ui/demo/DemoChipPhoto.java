package vn.tiepdon.ui.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.devices.sim.ImageSet;

/**
 * The photo the demo's chips carry in DG2, taken from an image set so that the demo can match end
 * to end: the set's first picture, scaled to at most {@value #MAX_SIDE} px, as JPEG (what CCCD
 * chips hold). In memory only. Before any set is chosen (or when the chosen one is empty) the chip
 * holds a drawn face, which matches nobody.
 */
final class DemoChipPhoto {
  static final int MAX_SIDE = 480;

  private final AtomicReference<FaceImageFile> photo =
      new AtomicReference<>(FaceImageFile.drawn(new Color(0xC8, 0xA0, 0x82)));
  private final AtomicReference<String> from = new AtomicReference<>("");

  /** What the next card placed on the reader carries. */
  FaceImageFile current() {
    return photo.get();
  }

  /** The label of the set the photo came from; empty for the drawn face. */
  String source() {
    return from.get();
  }

  /** Takes the photo from the set's first picture; an empty set leaves the photo as it was. */
  void takeFrom(String label, ImageSet set) {
    if (set.isEmpty()) {
      return;
    }
    photo.set(jpeg(set.images().get(0)));
    from.set(label);
  }

  static FaceImageFile jpeg(BufferedImage picture) {
    double scale =
        Math.min(1, (double) MAX_SIDE / Math.max(picture.getWidth(), picture.getHeight()));
    int width = (int) Math.round(picture.getWidth() * scale);
    int height = (int) Math.round(picture.getHeight() * scale);
    BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(picture, 0, 0, width, height, null);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(rgb, "jpeg", out)) {
        throw new IllegalStateException("no JPEG writer in this JDK");
      }
      return new FaceImageFile(out.toByteArray(), false, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the chip photo as JPEG", e);
    } finally {
      java.util.Arrays.fill(
          ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData(), 0);
    }
  }
}
