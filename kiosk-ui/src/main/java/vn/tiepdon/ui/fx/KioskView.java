package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.FlowSnapshot;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.i18n.Texts;

/**
 * The kiosk's window content: the bars that are always there (language, large text, back, cancel,
 * call staff), the current screen, and the idle warning. It is laid out at the panel's logical
 * resolution and scaled to whatever window it is shown in.
 */
public final class KioskView {
  private final FlowCommands commands;
  private final Screens screens;
  private final double width;
  private final double height;
  private final BorderPane layout = new BorderPane();
  private final StackPane overlay = new StackPane();
  private final StackPane root;
  private final Label hospital = new Label();
  private final ToggleButton largeText = new ToggleButton();
  private final Button vi = barButton("VI", "bar-vi");
  private final Button en = barButton("EN", "bar-en");
  private final Button back = barButton("", "back");
  private final Button cancel = barButton("", "cancel");
  private final Button staff = barButton("", "call-staff");
  private final VBox idleWarning = new VBox(24);
  private final String hospitalVi;
  private final String hospitalEn;

  private FlowState shownState;
  private Locale shownLocale;

  public KioskView(
      CheckInFlow flow,
      FlowCommands commands,
      QrImages qrImages,
      String hospitalVi,
      String hospitalEn,
      double width,
      double height,
      Clock clock) {
    KioskFonts.loadForJavaFx();
    this.commands = commands;
    this.hospitalVi = hospitalVi;
    this.hospitalEn = hospitalEn;
    this.screens = new Screens(commands, qrImages, hospitalVi, hospitalEn, clock);
    this.width = width;
    this.height = height;
    layout.setPrefSize(width, height);
    layout.setMinSize(width, height);
    layout.setMaxSize(width, height);
    layout.getStyleClass().add("kiosk");
    layout
        .getStylesheets()
        .add(KioskView.class.getResource("/vn/tiepdon/ui/css/kiosk.css").toExternalForm());
    layout.setTop(topBar());
    layout.setBottom(bottomBar());
    idleWarning.setId("idle-warning");
    idleWarning.getStyleClass().add("idle-warning");
    idleWarning.setAlignment(Pos.CENTER);
    idleWarning.setVisible(false);
    overlay.getChildren().addAll(layout, idleWarning);
    overlay.setPrefSize(width, height);
    overlay.setMaxSize(width, height);
    root = scaledToWindow(overlay);
    flow.subscribe(snapshot -> onFxThread(() -> show(snapshot)));
  }

  public Parent root() {
    return root;
  }

  private void show(FlowSnapshot snapshot) {
    Texts t = Texts.of(snapshot.locale());
    if (!snapshot.state().equals(shownState) || !snapshot.locale().equals(shownLocale)) {
      layout.setCenter(screens.build(snapshot.state(), t));
      relabelBars(snapshot.state(), t);
      shownState = snapshot.state();
      shownLocale = snapshot.locale();
    }
    showIdleWarning(snapshot.idleSecondsLeft(), t);
  }

  private void relabelBars(FlowState state, Texts t) {
    hospital.setText(t.english() ? hospitalEn : hospitalVi);
    back.setText("← " + t.get("bar.back"));
    cancel.setText(t.get("bar.cancel"));
    staff.setText(t.get("bar.staff"));
    largeText.setText(t.get("bar.largeText"));
    boolean idle = state instanceof FlowState.Attract;
    back.setDisable(idle);
    cancel.setDisable(idle);
    vi.getStyleClass().remove("selected");
    en.getStyleClass().remove("selected");
    (t.english() ? en : vi).getStyleClass().add("selected");
  }

  private void showIdleWarning(OptionalInt secondsLeft, Texts t) {
    idleWarning.setVisible(secondsLeft.isPresent());
    if (secondsLeft.isEmpty()) {
      return;
    }
    Label title = new Label(t.get("idle.title"));
    title.getStyleClass().add("heading");
    Label countdown = new Label(t.get("idle.body", secondsLeft.getAsInt()));
    countdown.setId("idle-countdown");
    countdown.getStyleClass().add("body");
    Button stay = new Button(t.get("idle.continue"));
    stay.setId("still-here");
    stay.getStyleClass().add("main-button");
    stay.setOnAction(e -> commands.send(CheckInFlow::stillHere));
    VBox card = new VBox(24, title, countdown, stay);
    card.getStyleClass().add("idle-card");
    card.setAlignment(Pos.CENTER);
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    idleWarning.getChildren().setAll(card);
  }

  private HBox topBar() {
    hospital.getStyleClass().add("hospital-name");
    hospital.setId("hospital-name");
    vi.setOnAction(e -> commands.send(f -> f.chooseLanguage(CheckInFlow.VIETNAMESE)));
    en.setOnAction(e -> commands.send(f -> f.chooseLanguage(CheckInFlow.ENGLISH)));
    largeText.setId("large-text");
    largeText.getStyleClass().add("bar-button");
    largeText
        .selectedProperty()
        .addListener(
            (obs, was, on) -> {
              if (on) {
                layout.getStyleClass().add("large-text");
              } else {
                layout.getStyleClass().remove("large-text");
              }
            });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(16, hospital, spacer, vi, en, largeText);
    bar.getStyleClass().add("top-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private HBox bottomBar() {
    back.setOnAction(e -> commands.send(CheckInFlow::back));
    cancel.setOnAction(e -> commands.send(CheckInFlow::cancel));
    staff.setOnAction(e -> commands.send(CheckInFlow::callStaff));
    staff.getStyleClass().add("staff-button");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(24, back, cancel, spacer, staff);
    bar.getStyleClass().add("bottom-bar");
    bar.setAlignment(Pos.CENTER);
    return bar;
  }

  private static Button barButton(String text, String id) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add("bar-button");
    return button;
  }

  /** Keeps the layout at the panel's logical size and scales it uniformly into the window. */
  private StackPane scaledToWindow(Region content) {
    Scale scale = new Scale(1, 1, 0, 0);
    content.getTransforms().add(scale);
    StackPane window = new StackPane(new Group(content));
    window.getStyleClass().add("kiosk-window");
    Runnable fit =
        () -> {
          double factor = Math.min(window.getWidth() / width, window.getHeight() / height);
          if (factor > 0) {
            scale.setX(factor);
            scale.setY(factor);
          }
        };
    window.widthProperty().addListener((obs, was, now) -> fit.run());
    window.heightProperty().addListener((obs, was, now) -> fit.run());
    return window;
  }

  private static void onFxThread(Runnable action) {
    if (Platform.isFxApplicationThread()) {
      action.run();
    } else {
      Platform.runLater(action);
    }
  }
}
