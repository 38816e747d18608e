package vn.tiepdon.ui.app;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * One camera picture for the face screen and the face found in it (empty while none is seen). The
 * image is wiped right after the screen has taken its copy: whoever receives it copies at once.
 */
public record PreviewFrame(BufferedImage image, Optional<PreviewFace> face) {
  public PreviewFrame {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(face, "face");
  }

  /** Pixels are not text: the image is never printed. */
  @Override
  public String toString() {
    return "PreviewFrame[" + image.getWidth() + "x" + image.getHeight() + ", face " + face + "]";
  }
}
