package vn.tiepdon.ui.fx;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.ui.app.StaffConsole;
import vn.tiepdon.ui.flow.StaffLock;
import vn.tiepdon.ui.i18n.Texts;

/**
 * The staff screen over the kiosk: a PIN pad first, then device self-tests, a test print, a reprint
 * of the last ticket, the configuration and enrolment state and maintenance mode. Work that touches
 * devices or hashes a PIN runs off the JavaFX thread.
 */
final class StaffPanel {
  private static final Logger log = LoggerFactory.getLogger(StaffPanel.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final StaffConsole console;
  private final double minTouch;
  private final Clock clock;
  private final StackPane root = new StackPane();
  private final VBox card = new VBox(24);
  private final StringBuilder entered = new StringBuilder();
  private final ExecutorService work =
      Executors.newSingleThreadExecutor(DaemonThreads.named("staff-screen"));
  private final java.util.Optional<EnrolmentSection> enrolment;
  private Texts t;
  private boolean unlocked;

  StaffPanel(StaffConsole console, double minTouch, Clock clock, QrImages qrImages) {
    this.console = console;
    this.minTouch = minTouch;
    this.clock = clock;
    this.enrolment = console.enrolment().map(desk -> new EnrolmentSection(desk, qrImages, clock));
    // Bundle codes arrive on the scanner's thread; what they did is shown on the enrolment page.
    console
        .enrolment()
        .ifPresent(
            desk -> desk.scans().onEvent(event -> Platform.runLater(() -> bundleScanned(event))));
    root.setId("staff-screen");
    root.getStyleClass().add("staff-overlay");
    card.getStyleClass().add("staff-card");
    card.setAlignment(Pos.TOP_CENTER);
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    root.getChildren().add(card);
    root.setVisible(false);
  }

  Parent root() {
    return root;
  }

  boolean isOpen() {
    return root.isVisible();
  }

  void open(Texts texts) {
    t = texts;
    entered.setLength(0);
    showPinPad("");
    root.setVisible(true);
  }

  void close() {
    unlocked = false;
    console.enrolment().ifPresent(desk -> desk.scans().close());
    entered.setLength(0);
    card.getChildren().clear();
    root.setVisible(false);
  }

  private void showPinPad(String message) {
    Label title = label(t.get("staffScreen.pinTitle"), "staff-title", "staff-heading");
    Label dots = label("●".repeat(entered.length()), "staff-pin", "staff-pin");
    Label note = label(message, "staff-message", "staff-text");
    GridPane pad = new GridPane();
    pad.setHgap(24);
    pad.setVgap(24);
    pad.setAlignment(Pos.CENTER);
    String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "open"};
    for (int i = 0; i < keys.length; i++) {
      String key = keys[i];
      Button b;
      if (key.equals("clear")) {
        b =
            button(
                t.get("staffScreen.clear"),
                "pin-clear",
                () -> {
                  entered.setLength(0);
                  dots.setText("");
                });
      } else if (key.equals("open")) {
        b = button(t.get("staffScreen.open"), "pin-open", this::submitPin);
      } else {
        b =
            button(
                key,
                "pin-" + key,
                () -> {
                  if (entered.length() < 12) {
                    entered.append(key);
                    dots.setText("●".repeat(entered.length()));
                  }
                });
      }
      b.getStyleClass().add("pin-key");
      pad.add(b, i % 3, i / 3);
    }
    Button close = button(t.get("staffScreen.close"), "staff-close", this::close);
    card.getChildren().setAll(title, dots, note, pad, close);
  }

  private void submitPin() {
    char[] pin = entered.toString().toCharArray();
    entered.setLength(0);
    off(() -> console.lock().enter(pin), this::pinOutcome);
  }

  private void pinOutcome(StaffLock.Outcome outcome) {
    if (outcome instanceof StaffLock.Opened) {
      unlocked = true;
      console.enrolment().ifPresent(desk -> desk.scans().open());
      showConsole("");
    } else if (outcome instanceof StaffLock.Wrong wrong) {
      showPinPad(t.get("staffScreen.pinWrong", wrong.attemptsLeft()));
    } else if (outcome instanceof StaffLock.Locked locked) {
      showPinPad(
          t.get("staffScreen.pinLocked", TIME.format(locked.until().atZone(clock.getZone()))));
    } else {
      showPinPad(t.get("staffScreen.pinNone"));
    }
  }

  private void showConsole(String result) {
    Label title = label(t.get("staffScreen.title"), "staff-title", "staff-heading");
    Label config =
        label(
            t.get("staffScreen.config", console.configVersion(), console.appVersion()),
            "staff-config",
            "staff-text");
    Label reports =
        label(
            console
                .reportsTo()
                .map(where -> t.get("staffScreen.reportsTo", where))
                .orElse(t.get("staffScreen.notReporting")),
            "staff-reports",
            "staff-text");
    Label outcome = label(result, "staff-result", "staff-text");
    Button selfTest =
        button(
            t.get("staffScreen.selfTest"),
            "staff-self-test",
            () -> off(console::selfTest, this::showSelfTest));
    Button testPrint =
        button(
            t.get("staffScreen.testPrint"),
            "staff-test-print",
            () ->
                off(
                    console::testPrint,
                    r -> showConsole(t.get("staffScreen.testPrint") + ": " + printed(r.name()))));
    Button reprint =
        button(
            t.get("staffScreen.reprint"),
            "staff-reprint",
            () ->
                off(
                    console::reprintLastTicket,
                    r ->
                        showConsole(
                            r.map(
                                    done ->
                                        t.get(
                                            "staffScreen.reprinted",
                                            done.number(),
                                            printed(done.result().name())))
                                .orElse(t.get("staffScreen.noTicket")))));
    boolean maintenance = console.inMaintenance();
    Button maintain =
        button(
            t.get(maintenance ? "staffScreen.maintenanceOff" : "staffScreen.maintenanceOn"),
            "staff-maintenance",
            () ->
                off(
                    () -> {
                      console.maintenance(!maintenance);
                      return !maintenance;
                    },
                    on -> showConsole("")));
    Button close = button(t.get("staffScreen.close"), "staff-close", this::close);
    card.getChildren()
        .setAll(title, config, reports, selfTest, testPrint, reprint, maintain, outcome, close);
    // One button that also says the status, on the close button's row: the console page keeps
    // its height, which already fills a landscape panel.
    enrolment.ifPresent(
        section -> {
          Button open =
              button(
                  t.get("enrolment.button") + "\n" + section.statusLine(t),
                  "staff-enrolment-open",
                  () -> showEnrolment(null));
          open.setWrapText(true);
          card.getChildren().remove(close);
          javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(24, open, close);
          row.setAlignment(Pos.CENTER);
          card.getChildren().add(row);
        });
    // IT's notice can be taken down on site, before its end; the button is there only while one is.
    console
        .notices()
        .filter(board -> board.current(clock.instant()).isPresent())
        .ifPresent(
            board -> {
              Button clear =
                  button(
                      t.get("staffScreen.clearNotice"),
                      "staff-clear-notice",
                      () -> {
                        board.clear();
                        showConsole(t.get("staffScreen.noticeCleared"));
                      });
              clear.setWrapText(true);
              javafx.scene.Node last = card.getChildren().get(card.getChildren().size() - 1);
              if (last instanceof javafx.scene.layout.HBox row) {
                row.getChildren().add(row.getChildren().size() - 1, clear);
              } else {
                card.getChildren().remove(close);
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(24, clear, close);
                row.setAlignment(Pos.CENTER);
                card.getChildren().add(row);
              }
            });
  }

  /** The enrolment page: status, the request's QR code, the last bundle scan's outcome. */
  private void showEnrolment(vn.tiepdon.ui.remote.BundleScanEvent last) {
    EnrolmentSection section = enrolment.orElseThrow();
    Label title = label(t.get("enrolment.title"), "staff-title", "staff-heading");
    Button back = button(t.get("enrolment.back"), "enrolment-back", () -> showConsole(""));
    Button close = button(t.get("staffScreen.close"), "staff-close", this::close);
    javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(24, back, close);
    buttons.setAlignment(Pos.CENTER);
    card.getChildren().setAll(title);
    card.getChildren().addAll(section.page(t, last));
    card.getChildren().add(buttons);
  }

  private void bundleScanned(vn.tiepdon.ui.remote.BundleScanEvent event) {
    if (unlocked && root.isVisible()) {
      showEnrolment(event);
    }
  }

  private void showSelfTest(List<StaffConsole.DeviceCheck> checks) {
    StringBuilder lines = new StringBuilder();
    for (StaffConsole.DeviceCheck c : checks) {
      if (lines.length() > 0) {
        lines.append('\n');
      }
      lines.append(
          t.get(
              "staffScreen.selfTestLine",
              c.device(),
              t.get(c.passed() ? "staffScreen.passed" : "staffScreen.failed"),
              c.state(),
              c.reason()));
    }
    showConsole(lines.toString());
  }

  private String printed(String result) {
    return t.get("staffScreen.print." + result);
  }

  /** Runs {@code task} off the JavaFX thread and shows its result back on it. */
  private <T> void off(java.util.concurrent.Callable<T> task, java.util.function.Consumer<T> show) {
    work.execute(
        () -> {
          try {
            T result = task.call();
            Platform.runLater(() -> show.accept(result));
          } catch (Exception e) {
            log.error("staff screen action failed", e);
            Platform.runLater(
                () -> showConsole(e.getMessage() == null ? e.toString() : e.getMessage()));
          }
        });
  }

  private Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.getStyleClass().add("staff-button-action");
    b.setMinSize(minTouch, minTouch);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static Label label(String text, String id, String styleClass) {
    Label l = new Label(text);
    l.setId(id);
    l.getStyleClass().add(styleClass);
    l.setWrapText(true);
    return l;
  }
}
