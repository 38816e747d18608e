package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.app.SimulatedHospitalSystem;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The insurance (BHYT) check on the real kiosk, headless: the demo configuration (QR and chip,
 * simulated hospital system, the demo catalogue's fees: 50.600 đ under insurance, 150.000 đ
 * self-paying), one made-up citizen per outcome, driven by clicks from the attract screen to the
 * payment screen.
 */
@ExtendWith(ApplicationExtension.class)
class KioskInsuranceFxTest {
  private static final FaceImageFile FACE = FaceImageFile.drawn(java.awt.Color.GRAY);

  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final MadeUpCitizen citizen = MadeUpCitizens.asOf(clock).get(6); // man aged 52
  private KioskAssembly kiosk;
  private TestIssuer issuer;

  @Start
  void start(Stage stage) {
    issuer = TestIssuer.generate("TiepDon test CSCA", clock);
    kiosk =
        KioskAssembly.start(
            KioskTestConfig.demoOn(home, "tcp://127.0.0.1:1"),
            home,
            CscaTrustStore.of(List.of(issuer.csca())),
            clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stop() {
    if (kiosk != null) {
      kiosk.close();
    }
  }

  @Test
  void anInNetworkCardIsShownWithItsEndAndThePatientPaysTheInsurancePrice(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.VALID);
    KioskDriver k = reachGreeting(robot, "#lang-vi");
    assertThat(k.text("#insurance-status"))
        .isEqualTo("Thẻ BHYT còn hạn đến 31/12/2026 · Khám đúng tuyến");
    k.click("#priority-NONE");
    assertThat(k.text("#fee-NOI")).isEqualTo("Khám BHYT · 50.600 đ");
    k.click("#service-NOI");
    assertThat(k.text("#confirm-fee")).isEqualTo("Phí khám: 50.600 đ");
    assertThat(k.text("#insurance-status"))
        .isEqualTo("Thẻ BHYT còn hạn đến 31/12/2026 · Khám đúng tuyến");
    k.click("#confirm");
    k.click("#next");
    assertThat(k.text("#payment-fee")).isEqualTo("Phí khám: 50.600 đ");
    assertThat(ticketCoverage()).isEqualTo(Coverage.Status.VALID);
  }

  @Test
  void anOutOfNetworkCardIsStillBilledToInsuranceAsQueueModelsIt(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.WRONG_ROUTE);
    KioskDriver k = reachGreeting(robot, "#lang-en");
    assertThat(k.text("#insurance-status"))
        .isEqualTo("Health insurance valid until 31/12/2026 · Out-of-network");
    k.click("#priority-NONE");
    assertThat(k.text("#fee-NOI")).isEqualTo("With insurance · 50,600 VND");
    k.click("#service-NOI");
    assertThat(k.text("#confirm-fee")).isEqualTo("Fee: 50,600 VND");
    k.click("#confirm");
    k.waitFor("#ticket");
    assertThat(ticketCoverage()).isEqualTo(Coverage.Status.WRONG_ROUTE);
  }

  @Test
  void anExpiredCardLeavesTheSelfPayingPath(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.EXPIRED);
    KioskDriver k = reachGreeting(robot, "#lang-vi");
    assertThat(k.text("#insurance-status"))
        .isEqualTo("Thẻ BHYT đã hết hạn ngày 31/10/2026 — bạn có thể khám dịch vụ");
    k.click("#priority-NONE");
    assertThat(k.text("#fee-NOI")).isEqualTo("Khám dịch vụ · 150.000 đ");
    k.click("#service-NOI");
    assertThat(k.text("#confirm-fee")).isEqualTo("Phí khám: 150.000 đ");
    k.click("#confirm");
    k.click("#next");
    assertThat(k.text("#payment-fee")).isEqualTo("Phí khám: 150.000 đ");
    assertThat(ticketCoverage()).isEqualTo(Coverage.Status.EXPIRED);
  }

  @Test
  void noCardFoundMeansSelfPaying(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.NOT_FOUND);
    KioskDriver k = reachGreeting(robot, "#lang-vi");
    assertThat(k.text("#insurance-status"))
        .isEqualTo("Không tìm thấy thông tin BHYT — bạn có thể khám dịch vụ");
    k.click("#priority-NONE");
    assertThat(k.text("#fee-NOI")).isEqualTo("Khám dịch vụ · 150.000 đ");
    k.click("#service-NOI");
    k.click("#confirm");
    k.waitFor("#ticket");
    assertThat(ticketCoverage()).isEqualTo(Coverage.Status.NOT_FOUND);
  }

  @Test
  void aSlowHospitalSystemShowsTheCheckThenLetsThePatientGoOnAsSelfPaying(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.VALID);
    his().slowInsurance(true);
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    reachChip(k, "#lang-vi");
    k.waitFor("#checking-insurance");
    assertThat(k.text("#title")).isEqualTo("Đang kiểm tra thẻ BHYT…");
    k.waitFor("#priority");
    assertThat(k.text("#insurance-status"))
        .isEqualTo(
            "Chưa kiểm tra được thẻ BHYT lúc này — bạn có thể khám dịch vụ hoặc xác nhận thẻ tại"
                + " quầy tiếp đón");
    k.click("#priority-NONE");
    assertThat(k.text("#fee-NOI")).isEqualTo("Khám dịch vụ · 150.000 đ");
  }

  @Test
  void aHospitalSystemThatIsDownCannotCheckTheCard(FxRobot robot) {
    his().insure(citizen.card().id(), InsuranceStatus.VALID);
    his().down(true);
    KioskDriver k = reachGreeting(robot, "#lang-en");
    assertThat(k.text("#insurance-status"))
        .startsWith("Your health insurance cannot be checked right now");
  }

  private KioskDriver reachGreeting(FxRobot robot, String language) {
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    reachChip(k, language);
    k.waitFor("#priority");
    return k;
  }

  private void reachChip(KioskDriver k, String language) {
    k.click("#start");
    k.click(language);
    k.click("#agree");
    k.waitFor("#scan-qr");
    kiosk.devices().simulatedScanner().orElseThrow().scan(citizen.qrText());
    k.waitFor("#read-chip");
    kiosk
        .devices()
        .simulatedCardReader()
        .orElseThrow()
        .place(SoftwareChips.issue(citizen, issuer, ChipIssue.genuine(FACE)));
  }

  private Coverage.Status ticketCoverage() {
    FlowState state = kiosk.flow().state();
    if (state instanceof FlowState.TicketShown shown) {
      return shown.ticket().coverage().orElseThrow().status();
    }
    if (state instanceof FlowState.Payment payment) {
      return payment.ticket().coverage().orElseThrow().status();
    }
    throw new AssertionError("no ticket on screen: " + state);
  }

  private SimulatedHospitalSystem his() {
    return kiosk.simulatedHospital().orElseThrow();
  }
}
