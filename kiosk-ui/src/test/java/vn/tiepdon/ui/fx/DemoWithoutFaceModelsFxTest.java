package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.FaceCheckSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.Demo;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The demo on a machine without the face models: it starts, its panel says which folder lacks them,
 * and the face step tells the patient that faces cannot be checked here and offers staff — it never
 * lets the patient through.
 */
@ExtendWith(ApplicationExtension.class)
class DemoWithoutFaceModelsFxTest {
  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;
  private Stage panelStage;

  @Start
  void start(Stage stage) {
    TiepdonConfig demo = KioskTestConfig.demoWithFaceOn(home, "tcp://127.0.0.1:1");
    FaceCheckSettings face = demo.face();
    TiepdonConfig withoutModels =
        new TiepdonConfig(
            demo.site(),
            demo.kiosk(),
            demo.ui(),
            demo.devices(),
            demo.queue(),
            demo.payment(),
            demo.telemetry(),
            demo.chip(),
            demo.staff(),
            new FaceCheckSettings(
                "no-models",
                face.embedder(),
                face.liveness(),
                face.attemptTimeout(),
                face.ifModelsMissing()),
            demo.his(),
            null);
    TestIssuer issuer = TestIssuer.generate("TiepDon demo", clock);
    kiosk =
        KioskAssembly.start(withoutModels, home, CscaTrustStore.of(List.of(issuer.csca())), clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
    panelStage = new Stage();
    panelStage.setScene(
        new Scene(
            Demo.panel(kiosk, home, issuer, clock, Locale.forLanguageTag("en")).root(), 480, 1000));
    panelStage.setX(
        0); // beside the centred kiosk (1600 px wide headless screen), which the robot clicks
    panelStage.show();
    stage.toFront();
  }

  @AfterEach
  void stop() throws Exception {
    if (panelStage != null) {
      org.testfx.api.FxToolkit.setupFixture(panelStage::close);
    }
    if (kiosk != null) {
      kiosk.close();
    }
  }

  @Test
  void theFaceStepSaysFacesCannotBeCheckedAndOffersStaff(FxRobot robot) {
    assertThat(robot.lookup("#face-models-missing").queryAs(Label.class).getText())
        .isEqualTo(
            "No face models in "
                + home.resolve("no-models")
                + ": the face step offers staff. Install them with ./tiepdon models fetch.");
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    k.click("#start");
    k.click("#lang-vi");
    k.click("#agree");
    k.waitFor("#scan-qr");
    Button scan = robot.lookup("#scan-citizen").queryButton();
    robot.interact(scan::fire);
    k.waitFor("#read-chip");
    Button place = robot.lookup("#place-card").queryButton();
    robot.interact(place::fire);
    k.waitFor("#failure-FACE_CHECK_UNAVAILABLE");
    assertThat(k.text("#failure-message"))
        .isEqualTo(
            "Kiosk này chưa được cài đặt phần nhận diện khuôn mặt. Vui lòng gọi nhân viên để được"
                + " hỗ trợ.");
    assertThat(k.text("#next")).isEqualTo("Gọi nhân viên");
    k.click("#next");
    k.waitFor("#staff-called");
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.StaffCalled.class);
  }
}
