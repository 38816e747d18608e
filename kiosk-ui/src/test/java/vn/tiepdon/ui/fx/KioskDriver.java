package vn.tiepdon.ui.fx;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** Clicks and waits on the kiosk's screens the way a patient would, for the TestFX tests. */
final class KioskDriver {
  private final FxRobot robot;
  private final Supplier<Object> flowState;

  KioskDriver(FxRobot robot, Supplier<Object> flowState) {
    this.robot = robot;
    this.flowState = flowState;
  }

  void click(String query) {
    waitFor(query);
    try {
      robot.clickOn(query);
    } catch (RuntimeException e) {
      KioskFlowFxTest.saveScreenshot(robot, "click-failed-" + query.replace("#", ""));
      throw e;
    }
  }

  void waitFor(String query) {
    try {
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      KioskFlowFxTest.saveScreenshot(robot, "failed-" + query.replace("#", ""));
      throw new AssertionError(query + " never showed; the flow is in " + flowState.get(), e);
    }
  }

  void waitForText(String query, String expected) {
    waitFor(query);
    try {
      await().atMost(Duration.ofSeconds(15)).until(() -> expected.equals(text(query)));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(query + " showed '" + text(query) + "', not '" + expected + "'", e);
    }
  }

  String text(String query) {
    waitFor(query);
    return robot.lookup(query).queryAs(Labeled.class).getText();
  }

  FxRobot robot() {
    return robot;
  }
}
