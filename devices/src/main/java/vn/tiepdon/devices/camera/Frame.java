package vn.tiepdon.devices.camera;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Objects;

/**
 * One camera frame. The image is the receiver's own copy. It is a face and must never be written to
 * disk, logs, the database or MQTT; {@link #toString()} shows only its size.
 */
public record Frame(BufferedImage image, long sequence, Instant capturedAt) {
  public Frame {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(capturedAt, "capturedAt");
  }

  @Override
  public String toString() {
    return "Frame[#"
        + sequence
        + " "
        + image.getWidth()
        + "x"
        + image.getHeight()
        + " at "
        + capturedAt
        + "]";
  }
}
