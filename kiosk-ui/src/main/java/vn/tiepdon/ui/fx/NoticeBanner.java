package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.tiepdon.ui.remote.NoticeBoard;
import vn.tiepdon.ui.remote.RemoteNotice;

/**
 * Hospital IT's notice ({@code SHOW_MESSAGE}) as a banner under the top bar, on the attract screen
 * only: a patient's session screens never carry it. Both texts are shown, the screen's language
 * first; one text when IT wrote the same in both. It goes at its end time (checked every second
 * against the kiosk's clock) or when cleared.
 */
final class NoticeBanner {
  private final VBox node = new VBox(8);
  private final Label first = new Label();
  private final Label second = new Label();
  private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
  private Optional<NoticeBoard> board = Optional.empty();
  private Clock clock = Clock.systemUTC();
  private boolean onAttract;
  private boolean english;

  NoticeBanner() {
    node.setId("it-notice");
    node.getStyleClass().add("it-notice");
    node.setAlignment(Pos.CENTER);
    first.setId("it-notice-first");
    second.setId("it-notice-second");
    for (Label label : new Label[] {first, second}) {
      label.setWrapText(true);
      label.getStyleClass().add("it-notice-text");
    }
    second.getStyleClass().add("it-notice-second");
    node.getChildren().addAll(first, second);
    hide();
    ticker.setCycleCount(Animation.INDEFINITE);
  }

  Node node() {
    return node;
  }

  /** Shows the board's notices from now on; call on the JavaFX thread. */
  void follow(NoticeBoard notices, Clock kioskClock) {
    board = Optional.of(notices);
    clock = kioskClock;
    notices.onChange(() -> Platform.runLater(this::refresh));
    ticker.play();
    refresh();
  }

  /** The flow moved: the banner belongs to the attract screen only. */
  void screenChanged(boolean attract, boolean englishFirst) {
    onAttract = attract;
    english = englishFirst;
    refresh();
  }

  private void refresh() {
    Optional<RemoteNotice> notice =
        onAttract ? board.flatMap(b -> b.current(clock.instant())) : Optional.empty();
    if (notice.isEmpty()) {
      hide();
      return;
    }
    RemoteNotice n = notice.get();
    first.setText(english ? n.english() : n.vietnamese());
    second.setText(english ? n.vietnamese() : n.english());
    boolean both = !n.english().equals(n.vietnamese());
    second.setVisible(both);
    second.setManaged(both);
    node.setVisible(true);
    node.setManaged(true);
  }

  private void hide() {
    node.setVisible(false);
    node.setManaged(false);
    first.setText("");
    second.setText("");
  }
}
