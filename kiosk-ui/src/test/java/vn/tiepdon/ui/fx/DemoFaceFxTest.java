package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import vn.tiepdon.ui.demo.Demo;
import vn.tiepdon.ui.demo.DemoControlPanel;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The demo as shipped (config/demo.yaml: QR, chip and face) on real OpenCV models and the real
 * photographs of shared/faces, driven through the demo's own simulator panel: the made-up citizen's
 * software chip carries a photo taken from the image set the camera plays, so the card holder
 * matches end to end; staging somebody else in front of the camera is refused, retried, then sent
 * to staff; a still photograph never passes the liveness challenge.
 */
@ExtendWith(ApplicationExtension.class)
class DemoFaceFxTest {
  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;
  private Stage panelStage;

  @Start
  void start(Stage stage) {
    assumeTrue(
        Files.isDirectory(Path.of("../../shared/faces"))
            && Files.isRegularFile(KioskTestConfig.models().resolve("fr_feature.onnx")),
        "shared/faces and the face models are not beside the checkout");
    TestIssuer issuer = TestIssuer.generate("TiepDon demo", clock);
    kiosk =
        KioskAssembly.start(
            KioskTestConfig.demoWithFaceOn(home, "tcp://127.0.0.1:1"),
            home,
            CscaTrustStore.of(List.of(issuer.csca())),
            clock);
    stage.setScene(new Scene(KioskWindow.view(kiosk, clock).root(), 540, 960));
    stage.show();
    DemoControlPanel panel = Demo.panel(kiosk, home, issuer, clock, Locale.forLanguageTag("vi"));
    panelStage = new Stage();
    panelStage.setScene(new Scene(panel.root(), 480, 1000));
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
  void theCardHolderMatchesEndToEndAndGetsATicket(FxRobot robot) {
    KioskDriver k = driver(robot);
    assertThat(comboValue(robot, "#camera-set")).isEqualTo("franck");
    assertThat(comboValue(robot, "#chip-photo-set")).isEqualTo("franck");
    assertThat(robot.lookup("#face-mismatch").query().isVisible()).isFalse();

    toTheChip(k);
    fire(robot, "#place-card");
    k.waitFor("#priority");
    assertThat(k.text("#greeting")).startsWith("Xin chào ");
    k.click("#priority-NONE");
    k.waitFor("#choose-service");
    k.click("#service-NOI");
    k.click("#confirm");
    k.waitFor("#ticket");
  }

  @Test
  void somebodyElseAtTheCameraIsRefusedTwiceMoreThenSentToStaff(FxRobot robot) {
    KioskDriver k = driver(robot);
    choose(robot, "#camera-set", "grace_hopper");
    choose(robot, "#chip-photo-set", "franck");
    assertThat(robot.lookup("#face-mismatch").query().isVisible()).isTrue();

    toTheChip(k);
    fire(robot, "#place-card");
    for (int left = 2; left >= 1; left--) {
      k.waitFor("#failure-FACE_NO_MATCH");
      assertThat(k.text("#failure-message"))
          .isEqualTo("Chưa xác thực được khuôn mặt. Hãy nhìn thẳng vào camera và thử lại.");
      k.waitForText(".body", "(còn " + left + " lần)");
      k.waitForText("#next", "Thử lại");
      k.click("#next");
    }
    k.waitForText("#next", "Gọi nhân viên");
    assertThat(kiosk.flow().state())
        .isEqualTo(new FlowState.Failure(vn.tiepdon.ui.flow.FailureKind.FACE_NO_MATCH, 0));
    k.click("#next");
    k.waitFor("#staff-called");
  }

  @Test
  void aStillPhotographOfTheCardHolderShowsAGreenFaceBoxButNeverPassesTheChallenge(FxRobot robot) {
    KioskDriver k = driver(robot);
    choose(robot, "#camera-set", "astronaut");
    assertThat(comboValue(robot, "#chip-photo-set")).isEqualTo("astronaut");

    toTheChip(k);
    fire(robot, "#place-card");
    k.waitFor("#face-challenges");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                robot
                    .lookup("#face-box")
                    .tryQuery()
                    .filter(b -> b.isVisible() && b.getStyleClass().contains("face-box-good"))
                    .isPresent());
    Node picture = robot.lookup("#face-live").query();
    Node box = robot.lookup("#face-box").query();
    Bounds shown = picture.localToScene(picture.getBoundsInLocal());
    Bounds face = box.localToScene(box.getBoundsInLocal());
    assertThat(shown.getWidth()).as("the camera picture is shown").isGreaterThan(100);
    assertThat(shown.contains(face.getCenterX(), face.getCenterY()))
        .as("the box lies on the picture")
        .isTrue();
    // Eileen Collins' face fills about a third of the 512 px portrait, above its middle.
    assertThat(face.getWidth() / shown.getWidth()).isBetween(0.15, 0.6);
    assertThat((face.getCenterY() - shown.getMinY()) / shown.getHeight()).isBetween(0.15, 0.6);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> List.of("Chớp mắt", "Quay đầu sang trái").contains(k.text("#face-hint")));

    // A photograph neither blinks nor turns: when the attempt's time is up it is not a match.
    clock.advance(Duration.ofSeconds(25));
    k.waitFor("#failure-LIVENESS_FAILED");
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Failure.class);
    assertThat(robot.lookup("#face-box").tryQuery().filter(Node::isVisible))
        .as("the box leaves with the face screen")
        .isEmpty();
  }

  private void toTheChip(KioskDriver k) {
    k.click("#start");
    k.click("#lang-vi");
    k.click("#agree");
    k.waitFor("#scan-qr");
    fire(k.robot(), "#scan-citizen");
    k.waitFor("#read-chip");
  }

  private KioskDriver driver(FxRobot robot) {
    return new KioskDriver(robot, () -> kiosk.flow().state());
  }

  private static void fire(FxRobot robot, String button) {
    Button b = robot.lookup(button).queryButton();
    robot.interact(b::fire);
  }

  @SuppressWarnings("unchecked")
  private static void choose(FxRobot robot, String combo, String label) {
    ComboBox<Object> box = robot.lookup(combo).queryAs(ComboBox.class);
    Object item =
        box.getItems().stream()
            .filter(i -> label(i).equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError(combo + " offers no " + label));
    robot.interact(() -> box.setValue(item));
  }

  @SuppressWarnings("unchecked")
  private static String comboValue(FxRobot robot, String combo) {
    return label(robot.lookup(combo).queryAs(ComboBox.class).getValue());
  }

  private static String label(Object set) {
    return ((vn.tiepdon.ui.demo.DemoImageSet) set).label();
  }
}
