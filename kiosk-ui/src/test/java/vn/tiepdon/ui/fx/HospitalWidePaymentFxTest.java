package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.cashier.DeskAssembly;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.DeskBrokerSettings;
import vn.tiepdon.ui.config.DeskConfig;
import vn.tiepdon.ui.config.DeskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The patient's side of a hospital-wide desk, on the real screens: the QR is on the kiosk, the
 * transfer is matched at a cashier desk with its own database, and the kiosk's screen says "paid"
 * in UX.md's words. Kiosk and desk meet only through the embedded MQTT broker.
 */
@ExtendWith(ApplicationExtension.class)
class HospitalWidePaymentFxTest {
  /** A made-up citizen. */
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.now().minusSeconds(60), ZoneId.of("Asia/Ho_Chi_Minh"));
  private DemoBroker broker;
  private DeskAssembly desk;
  private KioskAssembly kiosk;
  private TestIssuer issuer;

  @Start
  void start(Stage stage) {
    broker = DemoBroker.start(home.resolve("broker"));
    TiepdonConfig config = KioskTestConfig.demoOn(home.resolve("kiosk"), broker.url());
    DeskConfig sample = new ConfigLoader().loadDesk(Path.of("../config/desk.yaml"));
    desk =
        DeskAssembly.start(
            new DeskConfig(
                config.site(),
                new DeskSettings(
                    "thu-ngan-01",
                    home.resolve("desk/desk.db").toString(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    home.resolve("desk/reports").toString(),
                    null),
                sample.payment(),
                new DeskBrokerSettings(broker.url(), "desk-fx", null, null, null, null, null)),
            home,
            clock);
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk =
        KioskAssembly.start(
            config, home.resolve("kiosk"), CscaTrustStore.of(List.of(issuer.csca())), clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stop() {
    kiosk.close();
    desk.close();
    broker.close();
  }

  @Test
  void theKioskSaysPaidWhenTheDeskMatchesTheTransfer(FxRobot robot) throws Exception {
    KioskDriver screen = new KioskDriver(robot, () -> kiosk.flow().state());
    screen.click("#start");
    screen.click("#lang-vi");
    screen.click("#agree");
    screen.waitFor("#scan-qr");
    kiosk.devices().simulatedScanner().orElseThrow().scan(QR);
    screen.waitFor("#read-chip");
    CitizenCard card = new CccdQrParser(clock).parse(QR).card();
    kiosk
        .devices()
        .simulatedCardReader()
        .orElseThrow()
        .place(
            SoftwareChips.issue(
                card, issuer, ChipIssue.genuine(FaceImageFile.drawn(java.awt.Color.GRAY))));
    screen.waitFor("#priority");
    screen.click("#priority-NONE");
    screen.waitFor("#choose-service");
    screen.click("#service-NOI");
    screen.click("#confirm");
    screen.waitFor("#ticket");
    screen.click("#next");
    screen.waitFor("#payment");
    String reference = ((FlowState.Payment) kiosk.flow().state()).request().reference();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> desk.desk().intent(new ReferenceCode(reference)).isPresent());
    assertThat(
            desk.desk()
                .ingest(
                    new BankTransfer(
                        TransferSource.SEPAY,
                        "SP-1",
                        clock.instant(),
                        Money.ofDong(150_000),
                        "IBFT " + reference + " VIEN PHI",
                        "0011001234567"))
                .outcome())
        .isEqualTo(Outcome.MATCHED);

    screen.waitFor("#paid");
    assertThat(robot.lookup("#message").queryAs(Label.class).getText())
        .isEqualTo("Đã nhận thanh toán 150.000 đ. Cảm ơn bạn!");
    KioskFlowFxTest.saveScreenshot(robot, "hospital-wide-paid-vi");
  }
}
