package vn.tiepdon.ui.fleet.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.fleet.AlertRules;
import vn.tiepdon.provisioning.fleet.CommandHistoryFile;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.FleetTable;
import vn.tiepdon.provisioning.fleet.KioskRow;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.fleet.CommandAnsweringKiosk;
import vn.tiepdon.ui.fleet.FleetTexts;
import vn.tiepdon.ui.fleet.SimulatedKiosk;

/**
 * The fleet console headless (Monocle) on an embedded HiveMQ CE broker with kiosks running their
 * real telemetry: rows appear, a kiosk whose cable is pulled turns offline through its Will, the
 * filter and "alerts only" narrow the table, a bad argument line is named, and a command goes out
 * only after its confirmation and shows in the history.
 */
@ExtendWith(ApplicationExtension.class)
class FleetConsoleFxTest {
  private static final FleetTexts TEXTS = FleetTexts.of(Locale.ENGLISH);

  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir static Path brokerFolder;
  @TempDir Path folder;
  private static DemoBroker broker;
  private final List<AutoCloseable> closeAfter = new ArrayList<>();
  private final KeyPair operator = Ed25519.generate();
  private final Ed25519PublicKey operatorKey = new Ed25519PublicKey(operator.getPublic());
  private CommandHistoryFile history;
  private FleetConsoleView view;

  @BeforeAll
  static void startBroker() {
    broker = DemoBroker.start(brokerFolder);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Start
  void start(Stage stage) {
    FleetTable table = new FleetTable(Clock.systemUTC(), AlertRules.DEFAULT);
    FleetListener listener =
        MqttTelemetryFeed.listen(
            new FleetSettings(broker.url(), "fleet-fx-" + System.nanoTime(), "", "", "", "fleet"),
            table);
    closeAfter.add(listener);
    history = new CommandHistoryFile(folder.resolve("history.jsonl"));
    FleetCommands commands =
        new FleetCommands(
            new CommandSigner(operator.getPrivate(), operatorKey),
            new MqttFleetCommandTransport(
                FleetSettings.anonymous(broker.url(), "fleet-fx-send-" + System.nanoTime())),
            history,
            Clock.systemUTC(),
            Duration.ofMinutes(5));
    closeAfter.add(commands);
    view = new FleetConsoleView(table, Optional.of(commands), history, TEXTS);
    stage.setScene(new Scene(view.root(), 1400, 800));
    stage.show();
  }

  @AfterEach
  void closeAll() throws Exception {
    WaitForAsyncUtils.asyncFx(view::stop).get();
    for (AutoCloseable closeable : closeAfter) {
      closeable.close();
    }
  }

  @Test
  void kiosksAppearAndOneWhoseCableIsPulledTurnsOffline(FxRobot robot) throws Exception {
    SimulatedKiosk first = kiosk("bv-fx", "k1", false);
    SimulatedKiosk second = kiosk("bv-fx", "k2", true);

    awaitRow(robot, "bv-fx/k1", row -> row.online());
    awaitRow(robot, "bv-fx/k2", row -> row.online() && row.paperLow());
    await()
        .ignoreExceptions()
        .until(
            () ->
                fx(
                    () ->
                        rowNode(robot, "bv-fx", "k2")
                            .getStyleClass()
                            .containsAll(List.of("kiosk-online", "kiosk-alert"))));

    second.pullTheCable();

    awaitRow(robot, "bv-fx/k2", row -> !row.online());
    await()
        .ignoreExceptions()
        .until(
            () ->
                fx(() -> rowNode(robot, "bv-fx", "k2").getStyleClass().contains("kiosk-offline")));
    assertThat(fx(() -> cellTexts(robot, "bv-fx", "k2")))
        .contains("Offline (connection_lost)", "Paper low: printer:main");
    assertThat(first.online()).isTrue();
    assertThat(fx(() -> robot.lookup("#summary").queryAs(Label.class).getText()))
        .contains("offline");

    robot.clickOn("#filter").write("bv-fx/k1");
    await().until(() -> fx(() -> shown(robot)).equals(List.of("bv-fx/k1")));
    robot.doubleClickOn("#filter").eraseText(8);
    robot.clickOn("#alerts-only");
    await().until(() -> fx(() -> shown(robot)).contains("bv-fx/k2"));
    assertThat(fx(() -> shown(robot))).doesNotContain("bv-fx/k1");
  }

  @Test
  void aCommandIsSentOnlyAfterItsConfirmationAndShowsInTheHistory(FxRobot robot) throws Exception {
    kiosk("bv-fxc", "k7", false);
    CommandAnsweringKiosk answering =
        new CommandAnsweringKiosk(
            broker.url(), KioskRef.of("bv-fxc", "k7"), operatorKey, folder.resolve("k7-cmd.db"));
    closeAfter.add(answering);
    awaitRow(robot, "bv-fxc/k7", KioskRow::online);

    robot.clickOn("#send-command");
    assertThat(fx(() -> robot.lookup("#notice").queryAs(Label.class).getText()))
        .isEqualTo(TEXTS.get("command.noSelection"));

    select(robot, "bv-fxc/k7");
    robot.clickOn("#send-command");
    WaitForAsyncUtils.asyncFx(
            () -> robot.lookup("#command-args").queryAs(TextArea.class).setText("en=Hi\noops"))
        .get();
    robot.clickOn("#command-next");
    assertThat(fx(() -> robot.lookup("#command-problem").queryAs(Label.class).getText()))
        .isEqualTo("Argument line 2 must look like key=value: \"oops\"");
    assertThat(history.latest(10)).isEmpty();
    WaitForAsyncUtils.asyncFx(
            () ->
                robot
                    .lookup("#command-args")
                    .queryAs(TextArea.class)
                    .setText("en=Closed for lunch\nvi=Nghỉ trưa\nminutes=30"))
        .get();
    robot.clickOn("#command-next");

    String question =
        fx(() -> robot.lookup("#command-confirm-text").queryAs(Label.class).getText());
    assertThat(question).contains("SHOW_MESSAGE", "bv-fxc/k7", "5 minutes");
    assertThat(answering.received).as("nothing sent before the confirmation").isEmpty();

    robot.clickOn("#command-send");

    await()
        .until(
            () ->
                fx(() -> robot.lookup("#notice").queryAs(Label.class).getText()).contains("DONE"));
    assertThat(answering.shown).containsExactly("Closed for lunch");
    robot.clickOn("#show-history");
    TableView<?> table = robot.lookup("#history-table").queryAs(TableView.class);
    assertThat(fx(() -> table.getItems().size())).isEqualTo(3);
    robot.clickOn("#history-close");
  }

  /**
   * Clicks the kiosk's cell until the row is selected: the table refreshes every second, so a click
   * may land while rows are being replaced.
   */
  private static void select(FxRobot robot, String kiosk) {
    await()
        .until(
            () -> {
              robot.clickOn(
                  (Node node) ->
                      node instanceof javafx.scene.control.TableCell<?, ?> cell
                          && kiosk.equals(cell.getText()));
              return fx(
                  () -> {
                    Object selected =
                        robot
                            .lookup("#fleet-table")
                            .queryAs(TableView.class)
                            .getSelectionModel()
                            .getSelectedItem();
                    return selected instanceof KioskRow row && row.kiosk().toString().equals(kiosk);
                  });
            });
  }

  private SimulatedKiosk kiosk(String site, String kiosk, boolean paperLow) throws Exception {
    SimulatedKiosk simulated =
        new SimulatedKiosk(broker.url(), site, kiosk, "2.0.0", folder, paperLow);
    closeAfter.add(0, simulated);
    return simulated;
  }

  private void awaitRow(
      FxRobot robot, String kiosk, java.util.function.Predicate<KioskRow> condition) {
    await()
        .until(
            () ->
                fx(
                    () ->
                        rows(robot).stream()
                            .anyMatch(
                                r -> r.kiosk().toString().equals(kiosk) && condition.test(r))));
  }

  @SuppressWarnings("unchecked")
  private static List<KioskRow> rows(FxRobot robot) {
    return List.copyOf(robot.lookup("#fleet-table").queryAs(TableView.class).getItems());
  }

  private static List<String> shown(FxRobot robot) {
    return rows(robot).stream().map(r -> r.kiosk().toString()).toList();
  }

  private static TableRow<?> rowNode(FxRobot robot, String site, String kiosk) {
    return robot.lookup("#row-" + site + "-" + kiosk).queryAs(TableRow.class);
  }

  private static List<String> cellTexts(FxRobot robot, String site, String kiosk) {
    return robot.from(rowNode(robot, site, kiosk)).lookup(".table-cell").queryAll().stream()
        .map(node -> ((javafx.scene.control.Labeled) node).getText())
        .filter(text -> text != null)
        .toList();
  }

  private static <T> T fx(Callable<T> query) throws Exception {
    return WaitForAsyncUtils.asyncFx(query).get();
  }
}
