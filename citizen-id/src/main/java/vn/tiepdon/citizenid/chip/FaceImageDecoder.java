package vn.tiepdon.citizenid.chip;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Decodes the face image of DG2 in memory: JPEG with the JDK's reader, JPEG 2000 with the
 * jai-imageio-jpeg2000 plugin (found by ImageIO through its service registration).
 */
public final class FaceImageDecoder {
  private static final byte[] JP2_SIGNATURE = {0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20};
  private static final byte[] J2K_CODESTREAM = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

  private FaceImageDecoder() {}

  /**
   * @throws IOException if no reader knows the format or the data is broken
   */
  public static BufferedImage decode(byte[] encoded) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
    if (image == null) {
      throw new IOException(
          "face image of "
              + encoded.length
              + " bytes is in no readable format (JPEG or JPEG 2000 expected)");
    }
    return image;
  }

  public static boolean isJpeg(byte[] bytes) {
    return bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
  }

  public static boolean isJpeg2000(byte[] bytes) {
    return startsWith(bytes, JP2_SIGNATURE) || startsWith(bytes, J2K_CODESTREAM);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
