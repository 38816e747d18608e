package vn.tiepdon.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.queue.ClinicService;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.PrintStatus;
import vn.tiepdon.queue.Priority;
import vn.tiepdon.queue.PriorityCode;
import vn.tiepdon.queue.PriorityOrigin;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketId;
import vn.tiepdon.queue.TicketNumber;

class TicketLayoutTest {
  private static final String FAMILY = "Be Vietnam Pro";
  private static final Path OUT = Path.of("target", "tickets");
  private static final String URL =
      "https://tiepdon.example.vn/hang-doi/1b4e28ba-2fa1-11d2-883f-0016d3cca427";

  @BeforeAll
  static void registerFont() throws Exception {
    try (InputStream in =
        TicketLayoutTest.class.getResourceAsStream("/fonts/BeVietnamPro-Bold.ttf")) {
      GraphicsEnvironment.getLocalGraphicsEnvironment()
          .registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
    }
    Files.createDirectories(OUT);
  }

  private static TicketView view(String service, boolean priority, int ahead, Locale language) {
    return new TicketView(
        "Bệnh viện Đa khoa Tỉnh Hưng Yên",
        service,
        "Phòng 205 – Tầng 2 – Khu B",
        TicketNumber.of(1023),
        LocalDateTime.of(2026, 11, 23, 8, 5),
        priority,
        ahead,
        ahead * 2,
        URL,
        language);
  }

  private static BufferedImage renderAndSave(TicketView view, String name) throws Exception {
    BufferedImage image = new TicketLayout(FAMILY).render(view);
    ImageIO.write(image, "png", OUT.resolve(name).toFile());
    return image;
  }

  @Test
  void rendersAPriorityTicketAsA576DotBlackAndWhiteRaster() throws Exception {
    BufferedImage image =
        renderAndSave(view("Sản – Phụ khoa", true, 12, TicketView.VIETNAMESE), "priority.png");

    assertThat(image.getWidth()).isEqualTo(576);
    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        assertThat(image.getRGB(x, y) & 0xFFFFFF).isIn(0x000000, 0xFFFFFF);
      }
    }
    assertThat(image.getHeight()).isBetween(700, 1400);
  }

  @Test
  void theQrCodeOnTheTicketLeadsToTheFollowUrl() throws Exception {
    BufferedImage image =
        renderAndSave(view("Khám Nội", false, 3, TicketView.VIETNAMESE), "ordinary.png");

    assertThat(decodeQr(image)).isEqualTo(URL);
  }

  @Test
  void thePriorityMarkAddsABlackBandOnlyWhenItApplies() throws Exception {
    BufferedImage plain =
        new TicketLayout(FAMILY).render(view("Mắt", false, 0, TicketView.VIETNAMESE));
    BufferedImage marked =
        new TicketLayout(FAMILY).render(view("Mắt", true, 0, TicketView.VIETNAMESE));

    assertThat(marked.getHeight()).isGreaterThan(plain.getHeight());
    assertThat(inkCount(marked)).isGreaterThan(inkCount(plain) + 576 * 8);
  }

  @Test
  void stackedDiacriticsInCapitalsStayOnThePaper() throws Exception {
    BufferedImage image =
        renderAndSave(
            new TicketView(
                "Bệnh viện Nguyễn Trãi – Sở Y tế TP. Hồ Chí Minh",
                "Răng Hàm Mặt – Ổ Ữ Ặ",
                "Phòng 305 – Tầng 3 – Khu Ở",
                TicketNumber.of(88),
                LocalDateTime.of(2026, 11, 23, 10, 15),
                false,
                0,
                0,
                URL,
                TicketView.VIETNAMESE),
            "stacked.png");

    assertThat(decodeQr(image)).isEqualTo(URL);
    assertThat(inkInRows(image, 0, 8)).as("nothing drawn into the top margin").isZero();
  }

  @Test
  void rendersAnEnglishTicket() throws Exception {
    BufferedImage image =
        renderAndSave(
            new TicketView(
                "Hung Yen Provincial General Hospital",
                "Obstetrics & Gynaecology",
                "Room 205 – Floor 2 – Block B",
                TicketNumber.of(7),
                LocalDateTime.of(2026, 11, 23, 14, 40),
                false,
                4,
                20,
                URL,
                Locale.ENGLISH),
            "english.png");

    assertThat(decodeQr(image)).isEqualTo(URL);
  }

  @Test
  void aViewOfARecordedTicketUsesLocalTimeAndThePatientsLanguage() {
    ClinicService san = DemoCatalogue.catalogue().require(ServiceCode.of("SAN"));
    Ticket ticket =
        new Ticket(
            TicketId.random(),
            RequestKey.of("k"),
            SiteId.of("bv-demo"),
            san.code(),
            LocalDate.parse("2026-11-23"),
            TicketNumber.of(12),
            Instant.parse("2026-11-23T01:05:00Z"),
            new Priority(PriorityCode.PREGNANT, 40, PriorityOrigin.DECLARED),
            3,
            10,
            PrintStatus.PENDING);

    TicketView vi = TicketView.of(ticket, san, "BV", URL, TicketView.VIETNAMESE);
    TicketView en = TicketView.of(ticket, san, "BV", URL, Locale.ENGLISH);

    assertThat(vi.serviceName()).isEqualTo("Sản – Phụ khoa");
    assertThat(vi.room()).isEqualTo("Phòng 205 – Tầng 2 – Khu B");
    assertThat(vi.issuedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 5));
    assertThat(vi.priority()).isTrue();
    assertThat(vi.ahead()).isEqualTo(2);
    assertThat(en.serviceName()).isEqualTo("Obstetrics & Gynaecology");
  }

  @Test
  void refusesAFontFamilyThatIsNotRegistered() {
    assertThatThrownBy(() -> new TicketLayout("No Such Font Family"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font family 'No Such Font Family' is not registered with Java2D");
  }

  @Test
  void refusesBlankFieldsNamingThem() {
    assertThatThrownBy(
            () ->
                new TicketView(
                    "BV",
                    " ",
                    "P1",
                    TicketNumber.of(1),
                    LocalDateTime.now(java.time.Clock.systemUTC()),
                    false,
                    0,
                    0,
                    URL,
                    Locale.ENGLISH))
        .hasMessage("serviceName must not be blank, was ' '");
  }

  private static long inkInRows(BufferedImage image, int from, int to) {
    long ink = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
          ink++;
        }
      }
    }
    return ink;
  }

  private static long inkCount(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
          ink++;
        }
      }
    }
    return ink;
  }

  private static String decodeQr(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
        .getText();
  }
}
