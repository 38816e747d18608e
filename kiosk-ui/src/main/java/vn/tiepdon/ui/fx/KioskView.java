package vn.tiepdon.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import vn.tiepdon.ui.app.StaffConsole;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.flow.Accessibility;
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
  /** Staff open their screen with this key (a keyboard inside the kiosk) or a long press. */
  public static final KeyCombination STAFF_KEY =
      new KeyCodeCombination(KeyCode.S, KeyCombination.CONTROL_DOWN, KeyCombination.ALT_DOWN);

  private static final Duration STAFF_LONG_PRESS = Duration.seconds(3);
  private static final String THEME = new PrimerLight().getUserAgentStylesheet();
  private static final String HIGH_CONTRAST_THEME = new PrimerDark().getUserAgentStylesheet();
  private static final String KIOSK_CSS =
      KioskView.class.getResource("/vn/tiepdon/ui/css/kiosk.css").toExternalForm();

  private final FlowCommands commands;
  private final Screens screens;
  private final double width;
  private final double height;
  private final BorderPane layout = new BorderPane();
  private final StackPane overlay = new StackPane();
  private final StackPane root;
  private final Label hospital = new Label();
  private final ToggleButton largeText = new ToggleButton();
  private final ToggleButton contrast = new ToggleButton();
  private final ToggleButton mute = new ToggleButton();
  private final Button vi = barButton("VI", "bar-vi");
  private final Button en = barButton("EN", "bar-en");
  private final Button back = barButton("", "back");
  private final Button cancel = barButton("", "cancel");
  private final Button staff = barButton("", "call-staff");
  private final VBox idleWarning = new VBox(24);
  private final String hospitalVi;
  private final String hospitalEn;
  private final boolean landscape;
  private final Optional<StaffPanel> staffPanel;
  private final PauseTransition longPress = new PauseTransition(STAFF_LONG_PRESS);
  private final FaceCameraView faceCamera;
  private final SleepOverlay sleepOverlay;
  private final NoticeBanner notice = new NoticeBanner();

  private FlowState shownState;
  private Locale shownLocale;
  private Accessibility shownAccessibility;

  public KioskView(
      CheckInFlow flow,
      FlowCommands commands,
      QrImages qrImages,
      String hospitalVi,
      String hospitalEn,
      UiSettings ui,
      Clock clock,
      Optional<StaffConsole> staff) {
    KioskFonts.loadForJavaFx();
    this.commands = commands;
    this.hospitalVi = hospitalVi;
    this.hospitalEn = hospitalEn;
    this.width = ui.width();
    this.height = ui.height();
    this.landscape = !ui.portrait();
    faceCamera = new FaceCameraView(landscape ? 480 : 640, landscape ? 360 : 480);
    this.screens =
        new Screens(
            commands, qrImages, hospitalVi, hospitalEn, clock, landscape, faceCamera.node());
    layout.setPrefSize(width, height);
    layout.setMinSize(width, height);
    layout.setMaxSize(width, height);
    layout.getStyleClass().add("kiosk");
    if (landscape) {
      layout.getStyleClass().add("landscape");
    }
    layout.setTop(new VBox(topBar(), notice.node()));
    layout.setBottom(bottomBar());
    idleWarning.setId("idle-warning");
    idleWarning.getStyleClass().add("idle-warning");
    idleWarning.setAlignment(Pos.CENTER);
    idleWarning.setVisible(false);
    sleepOverlay = new SleepOverlay(commands);
    overlay.getChildren().addAll(layout, idleWarning, sleepOverlay.node());
    overlay.setPrefSize(width, height);
    overlay.setMaxSize(width, height);
    overlay.getStyleClass().add("kiosk-overlay");
    staffPanel =
        staff.map(console -> new StaffPanel(console, ui.minTouchPixels(), clock, qrImages));
    staffPanel.ifPresent(
        panel -> {
          overlay.getChildren().add(panel.root());
          hospital.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> longPress.playFromStart());
          hospital.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> longPress.stop());
          longPress.setOnFinished(e -> openStaffScreen());
        });
    root = scaledToWindow(overlay);
    // AtlantaFX defines its colours on .root: the themes belong on the scene's root node.
    root.getStylesheets().setAll(THEME, KIOSK_CSS);
    // On the scene, so that the key works even when no control has the focus.
    root.sceneProperty()
        .addListener(
            (obs, was, scene) -> {
              if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::staffKey);
              }
            });
    flow.subscribe(snapshot -> onFxThread(() -> show(snapshot)));
  }

  private void staffKey(KeyEvent e) {
    if (STAFF_KEY.match(e)) {
      openStaffScreen();
      e.consume();
    }
  }

  /**
   * Opens the staff screen, only while no patient is in a session (attract or out of service), so
   * that a patient's data is never shown behind it.
   */
  void openStaffScreen() {
    boolean noPatient =
        shownState instanceof FlowState.Attract || shownState instanceof FlowState.OutOfService;
    if (noPatient) {
      staffPanel.ifPresent(panel -> panel.open(Texts.of(shownLocale)));
    }
  }

  /**
   * Shows a camera frame and its face box on the face screen; copies the frame at once, as the
   * caller wipes it.
   */
  public void showCameraFrame(vn.tiepdon.ui.app.PreviewFrame frame) {
    javafx.scene.image.Image copy = javafx.embed.swing.SwingFXUtils.toFXImage(frame.image(), null);
    onFxThread(
        () -> {
          if (shownState instanceof FlowState.VerifyFace) {
            faceCamera.show(copy, frame.face());
          }
        });
  }

  Optional<StaffPanel> staffPanel() {
    return staffPanel;
  }

  public Parent root() {
    return root;
  }

  /** Shows one snapshot of the flow; call on the JavaFX thread. */
  void show(FlowSnapshot snapshot) {
    Texts t = Texts.of(snapshot.locale());
    if (!(snapshot.state() instanceof FlowState.VerifyFace)) {
      faceCamera.clear(); // the face leaves the screen with its step
    }
    if (!snapshot.state().equals(shownState) || !snapshot.locale().equals(shownLocale)) {
      layout.setCenter(screens.build(snapshot.state(), t));
      relabelBars(snapshot.state(), t);
      shownState = snapshot.state();
      shownLocale = snapshot.locale();
    }
    if (!snapshot.accessibility().equals(shownAccessibility)) {
      applyAccessibility(snapshot.accessibility());
    }
    showIdleWarning(snapshot.idleSecondsLeft(), t);
    sleepOverlay.show(snapshot.asleep());
    notice.screenChanged(snapshot.state() instanceof FlowState.Attract, t.english());
  }

  /** Shows hospital IT's notices on the attract screen; call on the JavaFX thread. */
  public void showNotices(vn.tiepdon.ui.remote.NoticeBoard notices, Clock clock) {
    notice.follow(notices, clock);
  }

  private void applyAccessibility(Accessibility a) {
    shownAccessibility = a;
    largeText.setSelected(a.largeText());
    contrast.setSelected(a.highContrast());
    mute.setSelected(a.muted());
    toggleClass(layout, "large-text", a.largeText());
    toggleClass(overlay, "large-text", a.largeText());
    toggleClass(overlay, "high-contrast", a.highContrast());
    root.getStylesheets().setAll(a.highContrast() ? HIGH_CONTRAST_THEME : THEME, KIOSK_CSS);
  }

  private static void toggleClass(Region node, String styleClass, boolean on) {
    node.getStyleClass().remove(styleClass);
    if (on) {
      node.getStyleClass().add(styleClass);
    }
  }

  private void relabelBars(FlowState state, Texts t) {
    hospital.setText(t.english() ? hospitalEn : hospitalVi);
    back.setText("← " + t.get("bar.back"));
    cancel.setText(t.get("bar.cancel"));
    staff.setText(t.get("bar.staff"));
    largeText.setText(t.get("bar.largeText"));
    contrast.setText(t.get("bar.contrast"));
    mute.setText(t.get("bar.audioOff"));
    boolean idle = state instanceof FlowState.Attract;
    boolean closed = state instanceof FlowState.OutOfService;
    back.setDisable(idle || closed);
    cancel.setDisable(idle || closed);
    staff.setDisable(closed);
    for (Node control : new Node[] {vi, en, largeText, contrast, mute}) {
      control.setDisable(closed);
    }
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

  private Pane topBar() {
    hospital.getStyleClass().add("hospital-name");
    hospital.setId("hospital-name");
    vi.setOnAction(e -> commands.send(f -> f.chooseLanguage(CheckInFlow.VIETNAMESE)));
    en.setOnAction(e -> commands.send(f -> f.chooseLanguage(CheckInFlow.ENGLISH)));
    hospital.setWrapText(true);
    // The toggles send the patient's choice to the flow; the snapshot it publishes sets them.
    toggle(largeText, "large-text", (f, on) -> f.largeText(on));
    toggle(contrast, "high-contrast", (f, on) -> f.highContrast(on));
    toggle(mute, "mute", (f, on) -> f.mute(on));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toggles = new HBox(16, vi, en, largeText, contrast, mute);
    toggles.setAlignment(Pos.CENTER_RIGHT);
    Pane bar;
    if (landscape) {
      bar = new HBox(16, hospital, spacer, toggles);
      ((HBox) bar).setAlignment(Pos.CENTER_LEFT);
    } else {
      bar = new VBox(12, hospital, toggles);
    }
    bar.getStyleClass().add("top-bar");
    return bar;
  }

  private interface Toggle {
    void send(CheckInFlow flow, boolean on);
  }

  private void toggle(ToggleButton button, String id, Toggle command) {
    button.setId(id);
    button.getStyleClass().add("bar-button");
    button.setOnAction(
        e -> {
          boolean on = button.isSelected();
          commands.send(f -> command.send(f, on));
        });
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
