package vn.tiepdon.citizenid.chip.software;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import vn.tiepdon.citizenid.chip.FaceImageDecoder;

/**
 * The encoded face image a software chip puts in DG2: JPEG or JPEG 2000 bytes as the chip stores
 * them. Held in memory only; read from a configured file (e.g. the public test images in
 * faces/dg2/) or drawn on the fly, so no photo of a real person is ever needed.
 */
public record FaceImageFile(byte[] bytes, boolean jpeg2000, int width, int height) {
  private static final int WIDTH = 240;
  private static final int HEIGHT = 320;

  public FaceImageFile {
    Objects.requireNonNull(bytes, "bytes");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Reads a JPEG (.jpg) or JPEG 2000 (.jp2, .j2k) image file.
   *
   * @throws IOException if the file cannot be read or is neither format
   */
  public static FaceImageFile read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    boolean jpeg2000 = FaceImageDecoder.isJpeg2000(bytes);
    if (!jpeg2000 && !FaceImageDecoder.isJpeg(bytes)) {
      throw new IOException("face image " + file + " is neither JPEG nor JPEG 2000");
    }
    BufferedImage image = FaceImageDecoder.decode(bytes);
    return new FaceImageFile(bytes, jpeg2000, image.getWidth(), image.getHeight());
  }

  /** A small drawn face (240 × 320 JPEG, a few kB); {@code tone} tells two drawings apart. */
  public static FaceImageFile drawn(Color tone) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xF4F4F0));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(tone);
    g.fillOval(50, 60, 140, 180);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(88, 130, 16, 10);
    g.fillOval(136, 130, 16, 10);
    g.setStroke(new BasicStroke(4));
    g.drawArc(95, 175, 50, 25, 200, 140);
    g.fillRect(40, 40, 160, 35);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpeg", out);
      return new FaceImageFile(out.toByteArray(), false, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the drawn face as JPEG", e);
    }
  }

  /** Sizes only: the bytes are a face, which never goes to logs. */
  @Override
  public String toString() {
    return "FaceImageFile[" + (jpeg2000 ? "JPEG 2000 " : "JPEG ") + width + "x" + height + "]";
  }
}
