package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.CheckInFlow;

/**
 * UX.md: every touch target is at least 15 mm on the panel. Walks every button of every screen, in
 * both orientations and in large-text mode, at the densest panel the configuration allows for a
 * kiosk (a 21.5" 1080p panel is about 102 dpi).
 */
class TouchTargetsTest {
  @BeforeAll
  static void startJavaFx() {
    FxRuntime.start();
  }

  @Test
  void everyButtonOnEveryScreenIsAtLeastFifteenMillimetres() {
    List<String> tooSmall = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, UiSettings> o : ScreenHarness.orientations().entrySet()) {
      UiSettings base = o.getValue();
      UiSettings ui = new UiSettings(base.width(), base.height(), 102, false, false, null);
      double min = ui.minTouchPixels();
      assertThat(min).isEqualTo(61);
      KioskView view = FxRuntime.call(() -> ScreenHarness.view(ui));
      for (ScreenHarness.Sample sample : ScreenHarness.samples()) {
        for (var locale : List.of(CheckInFlow.VIETNAMESE, CheckInFlow.ENGLISH)) {
          checked +=
              FxRuntime.call(
                  () -> {
                    view.show(sample.in(locale));
                    view.root().applyCss();
                    view.root().layout();
                    int n = 0;
                    for (Node node : view.root().lookupAll(".button")) {
                      if (node instanceof ButtonBase b && b.isVisible() && visibleUpTo(b)) {
                        n++;
                        if (Math.min(b.getWidth(), b.getHeight()) < min) {
                          tooSmall.add(
                              o.getKey()
                                  + "/"
                                  + locale
                                  + "/"
                                  + sample.name()
                                  + ": #"
                                  + b.getId()
                                  + " "
                                  + b.getWidth()
                                  + "x"
                                  + b.getHeight());
                        }
                      }
                    }
                    return n;
                  });
        }
      }
    }
    assertThat(tooSmall).isEmpty();
    assertThat(checked).isGreaterThan(500);
  }

  private static boolean visibleUpTo(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
