package vn.tiepdon.ui.fx;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import vn.tiepdon.ui.app.PreviewFace;

/**
 * The camera picture on the face screen with the face box drawn over it: green around a usable
 * face, amber while the hint asks for a change, and a dashed guide in the middle while no face is
 * seen. The box follows the picture as it is shown (scaled, ratio kept). Call on the FX thread.
 */
final class FaceCameraView {
  static final String SEARCHING = "face-box-searching";
  static final String ADJUST = "face-box-adjust";
  static final String GOOD = "face-box-good";

  /** Where the guide sits while no face is seen: a portrait frame in the middle of the picture. */
  private static final double GUIDE_X = 0.32;

  private static final double GUIDE_Y = 0.14;
  private static final double GUIDE_WIDTH = 0.36;
  private static final double GUIDE_HEIGHT = 0.64;

  private final ImageView picture = new ImageView();
  private final Rectangle box = new Rectangle();
  private final Pane layers = new Pane(picture, box);

  FaceCameraView(double fitWidth, double fitHeight) {
    picture.setId("face-live");
    picture.setPreserveRatio(true);
    picture.setFitWidth(fitWidth);
    picture.setFitHeight(fitHeight);
    box.setId("face-box");
    box.getStyleClass().add("face-box");
    box.setFill(Color.TRANSPARENT);
    box.setMouseTransparent(true);
    box.setManaged(false);
    box.setVisible(false);
    layers.setId("face-camera");
    layers.setMaxSize(Pane.USE_PREF_SIZE, Pane.USE_PREF_SIZE);
  }

  Node node() {
    return layers;
  }

  /** Shows a copied camera picture and the face found in it. */
  void show(Image image, Optional<PreviewFace> face) {
    picture.setImage(image);
    double width = picture.getBoundsInLocal().getWidth();
    double height = picture.getBoundsInLocal().getHeight();
    if (face.isPresent()) {
      PreviewFace f = face.get();
      place(f.x(), f.y(), f.width(), f.height(), width, height);
      look(f.look() == PreviewFace.Look.GOOD ? GOOD : ADJUST);
    } else {
      place(GUIDE_X, GUIDE_Y, GUIDE_WIDTH, GUIDE_HEIGHT, width, height);
      look(SEARCHING);
    }
    box.setVisible(true);
  }

  /** Takes the picture and the box off the screen (the face leaves with its step). */
  void clear() {
    picture.setImage(null);
    box.setVisible(false);
  }

  private void place(double x, double y, double w, double h, double width, double height) {
    box.setX(x * width);
    box.setY(y * height);
    box.setWidth(w * width);
    box.setHeight(h * height);
  }

  private void look(String styleClass) {
    box.getStyleClass().removeAll(List.of(SEARCHING, ADJUST, GOOD));
    box.getStyleClass().add(styleClass);
  }
}
