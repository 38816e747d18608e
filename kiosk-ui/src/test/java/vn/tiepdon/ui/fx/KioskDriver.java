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

  /**
   * Clicks the node once it is on screen. A screen can be rebuilt between finding a node and
   * clicking it (the flow moved on, a countdown re-rendered it); a node that has left its scene is
   * looked up again rather than clicked, which on a loaded machine made clicks fail at random.
   */
  void click(String query) {
    waitFor(query);
    try {
      await()
          .atMost(Duration.ofSeconds(15))
          .until(
              () -> {
                java.util.Optional<Node> node =
                    robot.lookup(query).tryQuery().filter(KioskDriver::onScreen);
                if (node.isEmpty()) {
                  return false;
                }
                try {
                  robot.clickOn(node.get());
                  return true;
                } catch (NullPointerException leftItsScene) {
                  return false;
                }
              });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      KioskFlowFxTest.saveScreenshot(robot, "click-failed-" + query.replace("#", ""));
      throw new AssertionError(
          query + " could not be clicked; the flow is in " + flowState.get(), e);
    }
  }

  private static boolean onScreen(Node node) {
    return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null;
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
