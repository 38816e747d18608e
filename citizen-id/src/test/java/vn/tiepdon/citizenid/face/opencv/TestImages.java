package vn.tiepdon.citizenid.face.opencv;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.nio.file.Files;
import vn.tiepdon.citizenid.chip.FaceImageDecoder;
import vn.tiepdon.citizenid.face.SharedFiles;

/** The shared photographs, and the same photographs made worse, for the quality gates. */
final class TestImages {
  private TestImages() {}

  static BufferedImage read(String name) {
    try {
      BufferedImage decoded = FaceImageDecoder.decode(Files.readAllBytes(SharedFiles.face(name)));
      BufferedImage rgb =
          new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      g.drawImage(decoded, 0, 0, null);
      g.dispose();
      return rgb;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static BufferedImage scaled(BufferedImage image, double factor) {
    int w = (int) Math.round(image.getWidth() * factor);
    int h = (int) Math.round(image.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  static BufferedImage darker(BufferedImage image, float factor) {
    return new RescaleOp(factor, 0, null).filter(image, null);
  }

  static BufferedImage blurred(BufferedImage image, int size) {
    float[] kernel = new float[size * size];
    java.util.Arrays.fill(kernel, 1f / kernel.length);
    return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null)
        .filter(image, null);
  }

  static BufferedImage rotated(BufferedImage image, double degrees) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
    int h = Math.max(left.getHeight(), right.getHeight());
    BufferedImage out =
        new BufferedImage(left.getWidth() + right.getWidth(), h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(left, 0, 0, null);
    g.drawImage(right, left.getWidth(), 0, null);
    g.dispose();
    return out;
  }

  static BufferedImage plain(int width, int height, Color color) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return out;
  }
}
