package vn.tiepdon.citizenid.face;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.util.Arrays;
import vn.tiepdon.citizenid.chip.FaceImageDecoder;

/**
 * One picture for the face pipeline, as 8-bit BGR pixels (OpenCV's order) in memory only. Callers
 * need no OpenCV: a frame is made from a {@link BufferedImage}, from BGR bytes (what a V4L2 camera
 * adapter delivers), or from encoded JPEG / JPEG 2000 / PNG bytes (the chip's DG2). {@link
 * #close()} zeroes the pixels: a face image must not linger in memory after its session.
 */
public final class Frame implements AutoCloseable {
  private final byte[] bgr;
  private final int width;
  private final int height;
  private boolean closed;

  private Frame(byte[] bgr, int width, int height) {
    this.bgr = bgr;
    this.width = width;
    this.height = height;
  }

  /** Copies BGR pixels (3 bytes per pixel, rows top to bottom, no padding). */
  public static Frame ofBgr(byte[] bgr, int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "frame size must be positive, was " + width + "x" + height);
    }
    long expected = 3L * width * height;
    if (bgr == null || bgr.length != expected) {
      throw new IllegalArgumentException(
          "a "
              + width
              + "x"
              + height
              + " BGR frame needs "
              + expected
              + " bytes, got "
              + (bgr == null ? "none" : bgr.length));
    }
    return new Frame(bgr.clone(), width, height);
  }

  /** Copies the image's pixels (any type: grey, RGB, ARGB, indexed) as BGR. */
  public static Frame of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    BufferedImage bgrImage = image;
    boolean converted = false;
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      bgrImage = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bgrImage.createGraphics();
      try {
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
      converted = true;
    }
    byte[] pixels = ((DataBufferByte) bgrImage.getRaster().getDataBuffer()).getData();
    Frame frame = new Frame(pixels.clone(), width, height);
    if (converted) {
      Arrays.fill(pixels, (byte) 0);
    }
    return frame;
  }

  /**
   * Decodes JPEG, JPEG 2000 (JP2 or raw codestream) or PNG bytes, e.g. the chip's DG2 photo. The
   * decoded image is wiped once copied.
   *
   * @throws IOException when the bytes are no readable image
   */
  public static Frame decode(byte[] encoded) throws IOException {
    BufferedImage image;
    try {
      image = FaceImageDecoder.decode(encoded);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("face image of")) {
        throw e;
      }
      // ImageIO's own messages ("No image data present to read") do not say which image.
      throw new IOException(
          "face image of " + encoded.length + " bytes cannot be decoded: " + e.getMessage(), e);
    }
    try {
      return of(image);
    } finally {
      wipe(image);
    }
  }

  /** Zeroes an image's pixels when they are held in a byte or int buffer. */
  public static void wipe(BufferedImage image) {
    var buffer = image.getRaster().getDataBuffer();
    if (buffer instanceof DataBufferByte bytes) {
      Arrays.fill(bytes.getData(), (byte) 0);
    } else if (buffer instanceof java.awt.image.DataBufferInt ints) {
      Arrays.fill(ints.getData(), 0);
    }
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /**
   * The frame's own pixel array (not a copy, to keep 640×480 frames cheap). Read it, do not keep
   * it.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  public byte[] bgr() {
    if (closed) {
      throw new IllegalStateException("frame was closed and its pixels wiped");
    }
    return bgr;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Zeroes the pixels. */
  @Override
  public void close() {
    Arrays.fill(bgr, (byte) 0);
    closed = true;
  }
}
