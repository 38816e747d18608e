package vn.tiepdon.payment.vietqr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * Draws a payload as a QR symbol: error correction M (15 % recovery, enough for a scuffed screen or
 * thermal paper), a 4-module quiet zone as ISO/IEC 18004 requires, and every module the same whole
 * number of pixels so phones read it crisply. Images are 1-bit ({@link
 * BufferedImage#TYPE_BYTE_BINARY}): black on white, ready for a thermal printer's raster.
 */
public final class QrRenderer {
  public static final int QUIET_ZONE_MODULES = 4;

  private static final int WHITE = 1;
  private static final int BLACK = 0;

  /** Size facts about the symbol for {@code payload}. */
  public record Symbol(int version, int modules) {
    /** Modules across including the quiet zone on both sides. */
    public int modulesWithQuietZone() {
      return modules + 2 * QUIET_ZONE_MODULES;
    }
  }

  public Symbol symbol(String payload) {
    QRCode code = encode(payload);
    return new Symbol(code.getVersion().getVersionNumber(), code.getMatrix().getWidth());
  }

  /**
   * The largest crisp rendering that fits a square of {@code maxPixels}: the module size is {@code
   * maxPixels / (modules + 8)}, rounded down, so the image may be a little smaller than asked.
   *
   * @throws IllegalArgumentException if not even one pixel per module fits
   */
  public BufferedImage render(String payload, int maxPixels) {
    QRCode code = encode(payload);
    int across = code.getMatrix().getWidth() + 2 * QUIET_ZONE_MODULES;
    int pixelsPerModule = maxPixels / across;
    if (pixelsPerModule < 1) {
      throw new IllegalArgumentException(
          "maxPixels must be at least "
              + across
              + " for this payload (version "
              + code.getVersion().getVersionNumber()
              + " with quiet zone), was "
              + maxPixels);
    }
    return draw(code.getMatrix(), pixelsPerModule);
  }

  /**
   * A rendering with an exact module size, for a printer: at 203 dpi, 4 dots per module gives 0.5
   * mm modules, which phones read at hand distance.
   */
  public BufferedImage renderWithModuleSize(String payload, int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > 64) {
      throw new IllegalArgumentException("pixelsPerModule must be 1..64, was " + pixelsPerModule);
    }
    return draw(encode(payload).getMatrix(), pixelsPerModule);
  }

  /** {@link #render(String, int)} as PNG bytes, for the screen. */
  public byte[] png(String payload, int maxPixels) {
    return toPng(render(payload, maxPixels));
  }

  static byte[] toPng(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PNG to memory", e);
    }
    return out.toByteArray();
  }

  private static QRCode encode(String payload) {
    if (payload == null || payload.isEmpty()) {
      throw new IllegalArgumentException("payload must not be empty");
    }
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    // ASCII payloads need no ECI; only text with other characters (e.g. tag 64) is marked UTF-8.
    if (!AsciiFolding.isPrintableAscii(payload)) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    try {
      return Encoder.encode(payload, ErrorCorrectionLevel.M, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "payload of " + payload.length() + " characters does not fit a QR symbol at level M", e);
    }
  }

  private static BufferedImage draw(ByteMatrix matrix, int pixelsPerModule) {
    int modules = matrix.getWidth();
    int size = (modules + 2 * QUIET_ZONE_MODULES) * pixelsPerModule;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    WritableRaster raster = image.getRaster();
    int[] whiteRow = new int[size];
    java.util.Arrays.fill(whiteRow, WHITE);
    for (int y = 0; y < size; y++) {
      raster.setSamples(0, y, size, 1, 0, whiteRow);
    }
    int offset = QUIET_ZONE_MODULES * pixelsPerModule;
    int[] black = new int[pixelsPerModule * pixelsPerModule];
    java.util.Arrays.fill(black, BLACK);
    for (int y = 0; y < modules; y++) {
      for (int x = 0; x < modules; x++) {
        if (matrix.get(x, y) == 1) {
          raster.setSamples(
              offset + x * pixelsPerModule,
              offset + y * pixelsPerModule,
              pixelsPerModule,
              pixelsPerModule,
              0,
              black);
        }
      }
    }
    return image;
  }
}
