package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.qr.InvalidCccdQrException;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;
import vn.tiepdon.payment.vietqr.VietQrCodec;
import vn.tiepdon.payment.vietqr.VietQrPayload;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetCallback;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The walking skeleton end to end, headless: the demo configuration on simulated devices, a real
 * SQLite file, a real embedded MQTT broker, the real screens driven by clicks.
 */
@ExtendWith(ApplicationExtension.class)
class KioskFlowFxTest {
  /** A made-up citizen: a woman born in 1985 (century/sex digit 1), CCCD 2021 layout. */
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  private static final FaceImageFile FACE = FaceImageFile.drawn(java.awt.Color.GRAY);

  @TempDir static Path brokerHome;
  @TempDir Path home;
  private static DemoBroker broker;
  private static final List<EventMessage> events = new CopyOnWriteArrayList<>();
  private static final List<Health> healths = new CopyOnWriteArrayList<>();
  private static FleetListener listener;

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;
  private TestIssuer issuer;

  @BeforeAll
  static void startBroker() {
    broker = DemoBroker.start(brokerHome.resolve("broker"));
    listener =
        MqttTelemetryFeed.listen(
            FleetSettings.anonymous(broker.url(), "kiosk-flow-test"),
            new FleetCallback() {
              @Override
              public void onStatus(KioskStatus status, Liveness liveness) {}

              @Override
              public void onHealth(Health health) {
                healths.add(health);
              }

              @Override
              public void onEvent(EventMessage event) {
                events.add(event);
              }
            });
  }

  @AfterAll
  static void stopBroker() {
    listener.close();
    broker.close();
  }

  @Start
  void start(Stage stage) {
    TiepdonConfig config = KioskTestConfig.demoOn(home, broker.url());
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk = KioskAssembly.start(config, home, CscaTrustStore.of(List.of(issuer.csca())), clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stopKiosk() {
    kiosk.close();
  }

  @Test
  void aPatientScansTheirCardChoosesAClinicGetsATicketAndPays(FxRobot robot) throws Exception {
    assertThat(text(robot, "#title")).isEqualTo("Chào mừng bạn đến Bệnh viện Đa khoa Tỉnh Ước Mơ");

    click(robot, "#start");
    click(robot, "#lang-vi");
    assertThat(text(robot, "#title")).isEqualTo("Xác thực người có thẻ");
    click(robot, "#agree");
    waitFor(robot, "#scan-qr");

    scanner().scan(QR);
    waitFor(robot, "#read-chip");
    assertThat(text(robot, "#title")).isEqualTo("Đặt thẻ lên đầu đọc chip và giữ yên…");
    placeChip(ChipIssue.genuine(FACE));
    waitFor(robot, "#priority");
    assertThat(text(robot, "#greeting")).isEqualTo("Xin chào Nguyễn Thị Ngọc Ánh");
    assertThat(robot.lookup(".greeting-details").queryAs(Label.class).getText())
        .isEqualTo("Ngày sinh 15/03/1985 · Số CCCD 079******234");

    click(robot, "#priority-NONE");
    waitFor(robot, "#choose-service");
    click(robot, "#service-NOI");
    assertThat(text(robot, "#confirm-service")).isEqualTo("Khám Nội – Phòng 105 – Tầng 1 – Khu A");
    assertThat(text(robot, "#confirm-fee")).isEqualTo("Phí khám: 150.000 đ");

    click(robot, "#confirm");
    waitFor(robot, "#ticket");
    assertThat(text(robot, "#ticket-number")).isEqualTo("1");
    SimulatedTicketPrinter printer = kiosk.devices().simulatedPrinter().orElseThrow();
    assertThat(printer.printedCount()).isEqualTo(1);
    assertThat(printer.lastTicket()).hasValueSatisfying(png -> assertThat(png).exists());

    click(robot, "#next");
    waitFor(robot, "#payment");
    assertThat(text(robot, "#payment-fee")).isEqualTo("Phí khám: 150.000 đ");
    VietQrPayload payload = new VietQrCodec().decode(qrShownIn(robot, "#payment-qr"));
    assertThat(payload.amount()).hasValue(vn.tiepdon.payment.Money.ofDong(150_000));
    assertThat(payload.account()).isEqualTo("0011001234567");

    assertThat(kiosk.payShownPayment(clock)).isTrue();
    waitFor(robot, "#paid");
    assertThat(text(robot, "#message")).isEqualTo("Đã nhận thanh toán 150.000 đ. Cảm ơn bạn!");
    click(robot, "#next");
    waitFor(robot, "#goodbye");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> events.stream().anyMatch(e -> e.type() == EventType.TICKET_ISSUED));
    await().atMost(Duration.ofSeconds(20)).until(() -> !healths.isEmpty());
    Health health = healths.get(healths.size() - 1);
    assertThat(health.devices())
        .extracting(d -> d.name() + "=" + d.state())
        .contains("scanner:main=OK", "printer:main=OK", "chip_reader:main=OK")
        .noneMatch(d -> d.startsWith("camera")); // not used until face verification is enabled
    assertThat(events).extracting(EventMessage::type).contains(EventType.PAYMENT_INTENT_CREATED);
    assertThat(events.toString()).doesNotContain("079185001234").doesNotContain("Nguyễn");
  }

  @Test
  void aQrCodeThatIsNotAnIdCardHasItsOwnScreen(FxRobot robot) {
    click(robot, "#start");
    click(robot, "#lang-en");
    click(robot, "#agree");
    waitFor(robot, "#scan-qr");

    scanner().scan("https://example.invalid/menu?table=12");
    waitFor(robot, "#failure-NOT_A_CCCD_QR");
    assertThat(text(robot, "#failure-message")).isEqualTo("This is not the QR code of an ID card.");
    click(robot, "#next");
    waitFor(robot, "#scan-qr");
  }

  @Test
  void aPrinterOutOfPaperShowsTheNumberOnScreen(FxRobot robot) {
    kiosk.devices().simulatedPrinter().orElseThrow().paperOut(true);
    click(robot, "#start");
    click(robot, "#lang-vi");
    click(robot, "#agree");
    waitFor(robot, "#scan-qr");
    placeChip(ChipIssue.genuine(FACE));
    scanner().scan(QR);
    click(robot, "#priority-NONE");
    click(robot, "#service-NOI");
    click(robot, "#confirm");
    waitFor(robot, "#ticket");
    assertThat(text(robot, "#paper-out"))
        .isEqualTo(
            "Máy in tạm hết giấy. Hãy chụp ảnh mã QR này hoặc ghi lại số thứ tự "
                + text(robot, "#ticket-number")
                + ".");
    assertThat(robot.lookup("#follow-qr").tryQuery()).isPresent();
  }

  @Test
  void aChipAlteredAfterSigningIsNotGenuineAndSendsThePatientToStaff(FxRobot robot) {
    click(robot, "#start");
    click(robot, "#lang-vi");
    click(robot, "#agree");
    waitFor(robot, "#scan-qr");
    scanner().scan(QR);
    waitFor(robot, "#read-chip");
    placeChip(ChipIssue.genuine(FACE).tampered(ChipIssue.TamperedGroup.DG13));
    waitFor(robot, "#failure-CHIP_NOT_GENUINE");
    assertThat(text(robot, "#failure-message"))
        .isEqualTo("Không xác thực được thẻ này. Vui lòng đến quầy tiếp đón để được hỗ trợ.");
    click(robot, "#next");
    waitFor(robot, "#staff-called");
  }

  private void placeChip(ChipIssue how) {
    try {
      CitizenCard card = new CccdQrParser(clock).parse(QR).card();
      kiosk
          .devices()
          .simulatedCardReader()
          .orElseThrow()
          .place(SoftwareChips.issue(card, issuer, how));
    } catch (InvalidCccdQrException e) {
      throw new AssertionError("the test citizen's QR must be valid", e);
    }
  }

  private SimulatedScanner scanner() {
    return kiosk.devices().simulatedScanner().orElseThrow();
  }

  private void click(FxRobot robot, String query) {
    driver(robot).click(query);
  }

  private void waitFor(FxRobot robot, String query) {
    driver(robot).waitFor(query);
  }

  private KioskDriver driver(FxRobot robot) {
    return new KioskDriver(robot, () -> kiosk.flow().state());
  }

  private String text(FxRobot robot, String query) {
    waitFor(robot, query);
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static String qrShownIn(FxRobot robot, String query) throws Exception {
    ImageView view = robot.lookup(query).queryAs(ImageView.class);
    var image = SwingFXUtils.fromFXImage(view.getImage(), null);
    return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }

  /** Keeps what the screen showed when a step failed, for the person reading the build log. */
  static void saveScreenshot(FxRobot robot, String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target/screenshots"));
      var image =
          org.testfx.util.WaitForAsyncUtils.asyncFx(
                  () -> robot.listWindows().get(0).getScene().getRoot().snapshot(null, null))
              .get();
      javax.imageio.ImageIO.write(
          SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
    } catch (Exception e) {
      System.err.println("screenshot " + name + " not saved: " + e);
    }
  }

  static long filesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
