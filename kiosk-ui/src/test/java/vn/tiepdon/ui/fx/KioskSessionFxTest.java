package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
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
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.devices.sim.SimulatedScanner;
import vn.tiepdon.devices.sim.SimulatedTicketPrinter;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The patient's session on the real kiosk, headless: the idle wipe, every failure screen caused
 * through the simulators, the staff screen behind its PIN, accessibility toggles. The demo
 * configuration on simulated devices, a real SQLite file and a real embedded broker.
 */
@ExtendWith(ApplicationExtension.class)
class KioskSessionFxTest {
  /** A made-up citizen: a woman born in 1985 (century/sex digit 1), CCCD 2021 layout. */
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  private static final FaceImageFile FACE = FaceImageFile.drawn(java.awt.Color.GRAY);

  @TempDir static Path brokerHome;
  @TempDir Path home;
  private static DemoBroker broker;

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;
  private TestIssuer issuer;
  private KioskView view;
  private KioskDriver kioskDriver;

  @BeforeAll
  static void startBroker() {
    broker = DemoBroker.start(brokerHome.resolve("broker"));
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Start
  void start(Stage stage) {
    TiepdonConfig config = KioskTestConfig.demoOn(home, broker.url());
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk = KioskAssembly.start(config, home, CscaTrustStore.of(List.of(issuer.csca())), clock);
    view = KioskWindow.view(kiosk, clock);
    stage.setScene(new Scene(view.root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stopKiosk() {
    kiosk.close();
  }

  private KioskDriver kiosk(FxRobot robot) {
    if (kioskDriver == null) {
      kioskDriver = new KioskDriver(robot, () -> kiosk.flow().state());
    }
    return kioskDriver;
  }

  @Test
  void anIdleSessionCountsDownThenLeavesNoPersonalDataOnScreenOrInTheFlow(FxRobot robot)
      throws Exception {
    KioskDriver k = kiosk(robot);
    reachPriority(k, "#lang-en");
    PersonalDataSweep before = sweep().sceneGraph(view.root()).objects(kiosk.flow()).objects(view);
    assertThat(before.found()).as("the sweep sees the patient while the session runs").isNotEmpty();

    clock.advance(Duration.ofSeconds(36)); // 9 s left of 45: the warning shows
    k.waitFor("#idle-countdown");
    assertThat(k.text("#idle-countdown")).matches("This session ends in \\d+ seconds");

    clock.advance(Duration.ofSeconds(10));
    k.waitFor("#attract");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#idle-warning").query().isVisible()).isFalse();
    assertThat(kiosk.flow().snapshot().locale().getLanguage()).isEqualTo("vi");
    PersonalDataSweep after =
        WaitForAsyncUtils.asyncFx(
                () -> sweep().sceneGraph(view.root()).objects(kiosk.flow()).objects(view))
            .get();
    assertThat(after.found()).isEmpty();
  }

  @Test
  void anUnreadableQrCodeHasItsOwnScreenAndCanBeScannedAgain(FxRobot robot) {
    KioskDriver k = kiosk(robot);
    reachScan(k, "#lang-vi");
    scanner().garbage(40); // noise on the line, as from a glaring or scratched card
    k.waitFor("#failure-QR_UNREADABLE");
    assertThat(k.text("#failure-message"))
        .isEqualTo("Chưa đọc được mã QR. Hãy lau sạch mặt thẻ và đưa mã QR lại gần đầu quét.");
    assertThat(k.text("#next")).isEqualTo("Thử lại");
    k.click("#next");
    k.waitFor("#scan-qr");
    scanner().scan(QR);
    k.waitFor("#read-chip");
  }

  @Test
  void aChipThatCannotBeReadCanBeTriedAgain(FxRobot robot) throws Exception {
    KioskDriver k = kiosk(robot);
    reachScan(k, "#lang-en");
    scanner().scan(QR);
    k.waitFor("#read-chip");
    // Another person's card: the keys from this QR do not open its chip.
    CitizenCard other = MadeUpCitizens.asOf(clock).get(0).card();
    kiosk
        .devices()
        .simulatedCardReader()
        .orElseThrow()
        .place(SoftwareChips.issue(other, issuer, ChipIssue.genuine(FACE)));
    k.waitFor("#failure-CHIP_UNREADABLE");
    assertThat(k.text("#failure-message"))
        .isEqualTo("We couldn’t read the chip. Keep the card still on the reader and try again.");
    kiosk.devices().simulatedCardReader().orElseThrow().remove();
    k.click("#next");
    k.waitFor("#read-chip");
    placeChip(ChipIssue.genuine(FACE));
    k.waitFor("#priority");
  }

  @Test
  void aHospitalSystemThatIsDownStillGivesAProvisionalNumber(FxRobot robot) {
    KioskDriver k = kiosk(robot);
    kiosk.simulatedHospital().orElseThrow().down(true);
    reachPriority(k, "#lang-vi");
    k.click("#priority-NONE");
    k.click("#service-NOI");
    k.click("#confirm");
    k.waitFor("#ticket");
    assertThat(k.text("#ticket-provisional"))
        .isEqualTo(
            "Hệ thống bệnh viện đang bận. Bạn vẫn nhận được số thứ tự tạm thời; vui lòng xác nhận tại phòng khám.");
    assertThat(k.text("#ticket-number")).isEqualTo("1");
    assertThat(kiosk.devices().simulatedPrinter().orElseThrow().printedCount()).isEqualTo(1);
  }

  @Test
  void staffOpenTheirScreenWithThePinTestDevicesReprintAndCloseTheKiosk(FxRobot robot)
      throws Exception {
    KioskDriver k = kiosk(robot);
    issueOneTicket(k);
    k.click("#next"); // pay
    k.click("#pay-later");
    k.waitFor("#goodbye");
    k.click("#next");
    k.waitFor("#attract");

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S)
        .release(KeyCode.S, KeyCode.ALT, KeyCode.CONTROL);
    k.waitFor("#staff-screen");
    enterPin(k, "2468");
    k.waitFor("#staff-self-test");
    assertThat(k.text("#staff-config")).startsWith("Cấu hình: sha256:");
    assertThat(k.text("#staff-reports"))
        .isEqualTo("Báo cáo tới: bv-demo/kiosk-demo-01 @ " + broker.url());
    assertEveryButtonIsAtLeast(robot, "#staff-screen", kiosk.config().ui().minTouchPixels());

    k.click("#staff-self-test");
    await().atMost(Duration.ofSeconds(15)).until(() -> k.text("#staff-result").contains("printer"));
    assertThat(k.text("#staff-result")).contains("scanner/main: đạt (UP, OK)");
    KioskFlowFxTest.saveScreenshot(robot, "staff-console");

    SimulatedTicketPrinter printer = kiosk.devices().simulatedPrinter().orElseThrow();
    k.click("#staff-test-print");
    k.waitForText("#staff-result", "In thử: đã in");
    assertThat(printer.printedCount()).isEqualTo(2);

    k.click("#staff-reprint");
    k.waitForText("#staff-result", "Phiếu số 1: đã in");
    assertThat(printer.printedCount()).isEqualTo(3);
    assertThat(printStatusOfTickets()).containsExactly("REPRINTED");

    printer.paperOut(true);
    k.click("#staff-test-print");
    k.waitForText("#staff-result", "In thử: máy in hết giấy");

    k.click("#staff-maintenance");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> kiosk.flow().state() instanceof FlowState.OutOfService);
    k.click("#staff-close");
    k.waitFor("#out-of-service");
    assertThat(k.text("#title")).isEqualTo("Tạm ngừng phục vụ");
    assertThat(robot.lookup("#call-staff").queryButton().isDisabled()).isTrue();

    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S)
        .release(KeyCode.S, KeyCode.ALT, KeyCode.CONTROL);
    enterPin(k, "2468");
    k.waitForText("#staff-maintenance", "Tắt chế độ bảo trì");
    k.click("#staff-maintenance");
    k.click("#staff-close");
    k.waitFor("#attract");
    KioskFlowFxTest.saveScreenshot(robot, "staff-closed");
  }

  @Test
  void wrongPinsLockTheStaffScreenForTheConfiguredTime(FxRobot robot) {
    KioskDriver k = kiosk(robot);
    robot
        .press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S)
        .release(KeyCode.S, KeyCode.ALT, KeyCode.CONTROL);
    k.waitFor("#staff-screen");
    KioskFlowFxTest.saveScreenshot(robot, "staff-pin");
    for (int left = 4; left >= 1; left--) {
      enterPin(k, "1111");
      k.waitForText("#staff-message", "Sai mã PIN (còn " + left + " lần)");
    }
    enterPin(k, "1111");
    k.waitForText("#staff-message", "Đã khóa do nhập sai nhiều lần. Thử lại sau 09:05.");
    enterPin(k, "2468");
    k.waitForText("#staff-message", "Đã khóa do nhập sai nhiều lần. Thử lại sau 09:05.");
    assertThat(robot.lookup("#staff-self-test").tryQuery()).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    enterPin(k, "2468");
    k.waitFor("#staff-self-test");
  }

  @Test
  void thePatientCanTurnOnLargeTextAndHighContrastAndEveryButtonStaysBigEnough(FxRobot robot)
      throws Exception {
    KioskDriver k = kiosk(robot);
    reachPriority(k, "#lang-vi");
    k.click("#large-text");
    k.click("#high-contrast");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                robot
                    .lookup(".kiosk-overlay")
                    .query()
                    .getStyleClass()
                    .containsAll(List.of("large-text", "high-contrast")));
    assertThat(kiosk.flow().snapshot().accessibility().largeText()).isTrue();
    WaitForAsyncUtils.waitForFxEvents();
    assertEveryButtonIsAtLeast(robot, ".kiosk-overlay", kiosk.config().ui().minTouchPixels());
    KioskFlowFxTest.saveScreenshot(robot, "large-text-high-contrast");

    k.click("#call-staff");
    k.waitFor("#staff-called");
    assertThat(k.text("#message")).isEqualTo("Nhân viên đang đến hỗ trợ bạn.");
    k.click("#next");
    k.waitFor("#attract");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> !robot.lookup(".kiosk-overlay").query().getStyleClass().contains("large-text"));
  }

  private static void assertEveryButtonIsAtLeast(FxRobot robot, String root, double pixels)
      throws Exception {
    List<ButtonBase> buttons =
        WaitForAsyncUtils.asyncFx(
                () ->
                    robot.lookup(root).query().lookupAll(".button").stream()
                        .filter(ButtonBase.class::isInstance)
                        .map(ButtonBase.class::cast)
                        .filter(Node::isVisible)
                        .toList())
            .get();
    assertThat(buttons).isNotEmpty();
    for (ButtonBase b : buttons) {
      assertThat(Math.min(b.getWidth(), b.getHeight()))
          .as("button %s '%s' is at least %s px", b.getId(), b.getText(), pixels)
          .isGreaterThanOrEqualTo(pixels);
    }
  }

  private void enterPin(KioskDriver k, String pin) {
    for (char digit : pin.toCharArray()) {
      k.click("#pin-" + digit);
    }
    k.click("#pin-open");
  }

  private List<String> printStatusOfTickets() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + home.resolve("data/kiosk.db"));
        ResultSet rs = c.createStatement().executeQuery("SELECT print_status FROM queue_ticket")) {
      List<String> statuses = new java.util.ArrayList<>();
      while (rs.next()) {
        statuses.add(rs.getString(1));
      }
      return statuses;
    }
  }

  private void issueOneTicket(KioskDriver k) {
    reachPriority(k, "#lang-vi");
    k.click("#priority-NONE");
    k.click("#service-NOI");
    k.click("#confirm");
    k.waitFor("#ticket");
  }

  private void reachScan(KioskDriver k, String language) {
    k.click("#start");
    k.click(language);
    k.click("#agree");
    k.waitFor("#scan-qr");
  }

  private void reachPriority(KioskDriver k, String language) {
    reachScan(k, language);
    scanner().scan(QR);
    k.waitFor("#read-chip");
    placeChip(ChipIssue.genuine(FACE));
    k.waitFor("#priority");
  }

  private static PersonalDataSweep sweep() {
    return new PersonalDataSweep(
        LocalDate.of(1985, 3, 15),
        "Nguyễn Thị Ngọc Ánh",
        "Ngọc Ánh",
        "079185001234",
        "079******234",
        "215123456",
        "15/03/1985",
        "15031985",
        "Lê Lợi");
  }

  private void placeChip(ChipIssue how) {
    try {
      CitizenCard card = new CccdQrParser(clock).parse(QR).card();
      kiosk
          .devices()
          .simulatedCardReader()
          .orElseThrow()
          .place(SoftwareChips.issue(card, issuer, how));
    } catch (Exception e) {
      throw new AssertionError("the test citizen's chip must be issued", e);
    }
  }

  private SimulatedScanner scanner() {
    return kiosk.devices().simulatedScanner().orElseThrow();
  }
}
