package vn.tiepdon.payment.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.tiepdon.payment.vietqr.VietQrCodecTest.EXAMPLE_A;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrRendererTest {
  private static final String NAPAS_LOWER_CASE =
      "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA5303704540618000058"
          + "02VN62230819thanh toan don hang630470FA";

  private final QrRenderer renderer = new QrRenderer();

  @Test
  void exampleAIsVersion6AtLevelM() {
    assertThat(renderer.symbol(EXAMPLE_A)).isEqualTo(new QrRenderer.Symbol(6, 41));
  }

  @Test
  void rendersWholeModulesInsideTheMaximumWithAQuietZone() throws Exception {
    BufferedImage image = renderer.render(EXAMPLE_A, 400);

    // 41 modules + 2 x 4 quiet zone = 49; 400 / 49 = 8 pixels per module.
    assertThat(image.getWidth()).isEqualTo(49 * 8).isEqualTo(image.getHeight());
    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    assertAllWhite(image, 0, 0, image.getWidth(), 32);
    assertAllWhite(image, 0, 0, 32, image.getHeight());
    assertAllWhite(image, image.getWidth() - 32, 0, 32, image.getHeight());
    assertAllWhite(image, 0, image.getHeight() - 32, image.getWidth(), 32);
    assertThat(image.getRGB(32, 32)).as("finder pattern corner is black").isEqualTo(0xFF000000);
    Result read = read(image);
    assertThat(read.getText()).isEqualTo(EXAMPLE_A);
    assertThat(read.getResultMetadata())
        .containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
  }

  @Test
  void pngForTheScreenDecodesToThePayload() throws Exception {
    byte[] png = renderer.png(NAPAS_LOWER_CASE, 600);

    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read(image).getText()).isEqualTo(NAPAS_LOWER_CASE);
  }

  @Test
  void printerRasterAtFourDotsPerModuleFitsA58mmHead() throws Exception {
    BufferedImage image = renderer.renderWithModuleSize(EXAMPLE_A, 4);

    assertThat(image.getWidth()).isEqualTo(49 * 4).isLessThanOrEqualTo(384);
    assertThat(read(image).getText()).isEqualTo(EXAMPLE_A);
  }

  @Test
  void tooSmallIsRejectedWithTheSizeNeeded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer.render(EXAMPLE_A, 48))
        .withMessage(
            "maxPixels must be at least 49 for this payload (version 6 with quiet zone), was 48");
  }

  @Test
  void nonAsciiTextInAnAlternateLanguageTemplateSurvivesTheSymbol() throws Exception {
    VietQrCodec codec = new VietQrCodec();
    String payload =
        codec.encode(
            VietQrPayload.builder(vn.tiepdon.payment.bank.BankBin.of("970436"), "0011001234567")
                .otherRootField(64, "0002vi0117Bệnh viện Đa khoa")
                .build());

    String read = read(renderer.render(payload, 600)).getText();

    assertThat(read).isEqualTo(payload);
    assertThat(codec.decode(read).otherRootFields())
        .containsEntry(64, "0002vi0117Bệnh viện Đa khoa");
  }

  @Test
  void emptyPayloadIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> renderer.render("", 100));
  }

  private static void assertAllWhite(BufferedImage image, int x0, int y0, int w, int h) {
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFFFF);
      }
    }
  }

  private static Result read(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(source)),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }
}
