package vn.tiepdon.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.ui.app.PreviewFace;

/** The face box follows the picture as shown, and its look follows the state of the check. */
@ExtendWith(ApplicationExtension.class)
class FaceCameraViewFxTest {
  private final FaceCameraView view = new FaceCameraView(640, 480);

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(view.node()), 800, 600));
    stage.show();
  }

  @Test
  void aFaceIsBoxedWhereItIsInThePictureAsShown(FxRobot robot) {
    // A 1280 × 960 frame shown at 640 × 480: the box scales with it.
    robot.interact(
        () ->
            view.show(
                new WritableImage(1280, 960),
                Optional.of(new PreviewFace(0.25, 0.1, 0.5, 0.6, PreviewFace.Look.ADJUST))));
    Bounds picture = bounds(robot, "#face-live");
    Bounds box = bounds(robot, "#face-box");
    assertThat(picture.getWidth()).isEqualTo(640, within(0.5));
    assertThat(box.getMinX() - picture.getMinX()).isEqualTo(160, within(4.0));
    assertThat(box.getMinY() - picture.getMinY()).isEqualTo(48, within(4.0));
    assertThat(box.getWidth()).isEqualTo(320, within(8.0));
    assertThat(box.getHeight()).isEqualTo(288, within(8.0));
    assertThat(styles(robot)).contains("face-box-adjust").doesNotContain("face-box-good");

    robot.interact(
        () ->
            view.show(
                new WritableImage(1280, 960),
                Optional.of(new PreviewFace(0.25, 0.1, 0.5, 0.6, PreviewFace.Look.GOOD))));
    assertThat(styles(robot)).contains("face-box-good").doesNotContain("face-box-adjust");
  }

  @Test
  void withoutAFaceAGuideSitsInTheMiddleAndLeavesWithThePicture(FxRobot robot) {
    robot.interact(() -> view.show(new WritableImage(640, 480), Optional.empty()));
    Bounds picture = bounds(robot, "#face-live");
    Bounds guide = bounds(robot, "#face-box");
    assertThat(styles(robot)).contains("face-box-searching");
    assertThat(guide.getCenterX()).isEqualTo(picture.getCenterX(), within(4.0));
    assertThat(guide.getWidth()).isLessThan(picture.getWidth() / 2);

    robot.interact(view::clear);
    assertThat(robot.lookup("#face-box").query().isVisible()).isFalse();
    assertThat(robot.lookup("#face-live").queryAs(javafx.scene.image.ImageView.class).getImage())
        .isNull();
  }

  private static Bounds bounds(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    assertThat(node.isVisible()).as(query + " is shown").isTrue();
    return node.localToScene(node.getBoundsInLocal());
  }

  private static java.util.List<String> styles(FxRobot robot) {
    return robot.lookup("#face-box").query().getStyleClass();
  }
}
