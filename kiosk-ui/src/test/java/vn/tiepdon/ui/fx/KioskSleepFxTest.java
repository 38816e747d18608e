package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.devices.gpio.pi4j.MockGpioControls;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The sleeping attract screen on the real kiosk, headless: after three quiet minutes (the demo's
 * {@code kiosk.sleepAfter}) the dark overlay covers the screen; a touch on it lights the attract
 * screen again without starting a session, and so does someone walking up to the presence sensor
 * (Pi4J's mock pin driven high).
 */
@ExtendWith(ApplicationExtension.class)
class KioskSleepFxTest {
  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private KioskAssembly kiosk;

  @Start
  void start(Stage stage) {
    kiosk =
        KioskAssembly.start(
            KioskTestConfig.demoOn(home, "tcp://127.0.0.1:1"),
            home,
            CscaTrustStore.of(List.of()),
            clock);
    KioskView view = KioskWindow.view(kiosk, clock);
    stage.setScene(new Scene(view.root(), 540, 960));
    stage.show();
  }

  @AfterEach
  void stop() {
    kiosk.close();
  }

  private static boolean shown(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }

  private void fallAsleep(FxRobot robot) {
    clock.advance(Duration.ofMinutes(3)); // the kiosk's ticker notices within a second
    await().atMost(Duration.ofSeconds(15)).until(() -> shown(robot, "#sleep-overlay"));
  }

  @Test
  void theSleepOverlayCoversAQuietAttractScreenAndATouchLiftsIt(FxRobot robot) {
    KioskDriver k = new KioskDriver(robot, () -> kiosk.flow().state());
    k.waitFor("#attract");
    assertThat(shown(robot, "#sleep-overlay")).isFalse();

    fallAsleep(robot);
    assertThat(k.text("#sleep-hint-vi")).isEqualTo("Chạm vào màn hình để bắt đầu");
    assertThat(k.text("#sleep-hint-en")).isEqualTo("Touch the screen to start");

    robot.clickOn("#sleep-overlay");
    await().atMost(Duration.ofSeconds(15)).until(() -> !shown(robot, "#sleep-overlay"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertThat(shown(robot, "#attract")).isTrue();

    k.click("#start"); // awake: the next touch starts the session as usual
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> kiosk.flow().state() instanceof FlowState.ChooseLanguage);
  }

  @Test
  void someoneWalkingUpToThePresenceSensorLiftsTheOverlay(FxRobot robot) {
    MockGpioControls sensor = ((Pi4jKioskGpio) kiosk.gpio()).mockControls().orElseThrow();
    fallAsleep(robot);

    sensor.personArrives();
    await().atMost(Duration.ofSeconds(15)).until(() -> !shown(robot, "#sleep-overlay"));
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertThat(kiosk.flow().snapshot().asleep()).isFalse();
  }
}
