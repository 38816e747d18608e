package vn.tiepdon.ui.fx;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.i18n.Texts;

/**
 * The sleeping attract screen: black over everything, with one dim line in Vietnamese and English.
 * A touch anywhere wakes the kiosk (the flow lights the attract screen; it does not start a
 * session, so nobody starts one by brushing a dark panel).
 */
final class SleepOverlay {
  private final StackPane pane = new StackPane();

  SleepOverlay(FlowCommands commands) {
    pane.setId("sleep-overlay");
    pane.getStyleClass().add("sleep-overlay");
    Label vi = hint("sleep-hint-vi", Texts.of(CheckInFlow.VIETNAMESE));
    Label en = hint("sleep-hint-en", Texts.of(CheckInFlow.ENGLISH));
    VBox lines = new VBox(16, vi, en);
    lines.setAlignment(Pos.CENTER);
    pane.getChildren().add(lines);
    pane.setVisible(false);
    pane.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          e.consume();
          commands.send(CheckInFlow::touch);
        });
  }

  private static Label hint(String id, Texts t) {
    Label label = new Label(t.get("sleep.hint"));
    label.setId(id);
    label.getStyleClass().add("sleep-hint");
    return label;
  }

  StackPane node() {
    return pane;
  }

  /** Shows or hides the dark screen; call on the JavaFX thread. */
  void show(boolean asleep) {
    pane.setVisible(asleep);
  }
}
