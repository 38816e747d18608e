package vn.tiepdon.ui.fleet.fx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import vn.tiepdon.provisioning.fleet.CommandHistory;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.fleet.FleetTable;
import vn.tiepdon.provisioning.fleet.KioskRow;
import vn.tiepdon.ui.fleet.FleetRowText;
import vn.tiepdon.ui.fleet.FleetTexts;

/**
 * The fleet console: the live table (filter, alerts only, a summary line), a command dialog with a
 * confirmation step and the command history. It reads {@link FleetTable} on the FX thread when the
 * table changes and every second, so time-based alerts (offline too long, silent) appear on their
 * own.
 */
public final class FleetConsoleView {
  private final FleetTable table;
  private final FleetTexts texts;
  private final Optional<FleetCommands> commands;
  private final CommandHistory history;
  private final ObservableList<KioskRow> rows = FXCollections.observableArrayList();
  private final TableView<KioskRow> view = new TableView<>(rows);
  private final TextField filter = new TextField();
  private final CheckBox alertsOnly;
  private final Label summary = new Label();
  private final Label notice = new Label();
  private final StackPane root = new StackPane();
  private final AtomicBoolean refreshQueued = new AtomicBoolean();
  private final Timeline ticker;

  public FleetConsoleView(
      FleetTable table,
      Optional<FleetCommands> commands,
      CommandHistory history,
      FleetTexts texts) {
    this.table = table;
    this.texts = texts;
    this.commands = commands;
    this.history = history;
    this.alertsOnly = new CheckBox(texts.get("filter.alertsOnly"));
    build();
    table.onChange(kiosk -> requestRefresh());
    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> refresh()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    ticker.play();
    refresh();
  }

  public Parent root() {
    return root;
  }

  /** Stops the once-a-second refresh; call when the window closes. */
  public void stop() {
    ticker.stop();
  }

  private void build() {
    filter.setId("filter");
    filter.setPromptText(texts.get("filter.prompt"));
    filter.textProperty().addListener((o, was, is) -> refresh());
    alertsOnly.setId("alerts-only");
    alertsOnly.selectedProperty().addListener((o, was, is) -> refresh());
    summary.setId("summary");
    HBox top = new HBox(12, filter, alertsOnly, summary);
    HBox.setHgrow(filter, Priority.ALWAYS);
    top.setPadding(new Insets(8));

    view.setId("fleet-table");
    view.setPlaceholder(new Label(texts.get("summary", 0, 0, 0, 0)));
    view.getColumns()
        .addAll(
            List.of(
                column("column.kiosk", 0, 140),
                column("column.state", 1, 170),
                column("column.since", 2, 150),
                column("column.lastSeen", 3, 150),
                column("column.version", 4, 90),
                column("column.faults", 5, 220),
                column("column.paper", 6, 80),
                column("column.outbox", 7, 90),
                column("column.alerts", 8, 300)));
    view.setRowFactory(
        tv ->
            new TableRow<>() {
              @Override
              protected void updateItem(KioskRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("kiosk-offline", "kiosk-alert", "kiosk-online");
                setId(null);
                if (!empty && row != null) {
                  setId("row-" + row.kiosk().site() + "-" + row.kiosk().kiosk());
                  getStyleClass().add(row.online() ? "kiosk-online" : "kiosk-offline");
                  if (row.hasAlerts()) {
                    getStyleClass().add("kiosk-alert");
                  }
                  setStyle(
                      !row.online()
                          ? "-fx-background-color: #f3d6d6;"
                          : row.hasAlerts() ? "-fx-background-color: #fbefcf;" : "");
                } else {
                  setStyle("");
                }
              }
            });

    Button send = new Button(texts.get("button.command"));
    send.setId("send-command");
    send.setOnAction(e -> openCommandDialog());
    Button showHistory = new Button(texts.get("button.history"));
    showHistory.setId("show-history");
    showHistory.setOnAction(e -> openHistory());
    notice.setId("notice");
    notice.setWrapText(true);
    HBox bottom = new HBox(12, send, showHistory, notice);
    bottom.setPadding(new Insets(8));

    BorderPane main = new BorderPane(view, top, null, bottom, null);
    root.getChildren().add(main);
  }

  private TableColumn<KioskRow, String> column(String key, int cell, double width) {
    TableColumn<KioskRow, String> column = new TableColumn<>(texts.get(key));
    column.setId(key.replace('.', '-'));
    column.setPrefWidth(width);
    column.setCellValueFactory(
        data -> new ReadOnlyStringWrapper(FleetRowText.cells(data.getValue(), texts)[cell]));
    return column;
  }

  private void requestRefresh() {
    if (refreshQueued.compareAndSet(false, true)) {
      Platform.runLater(
          () -> {
            refreshQueued.set(false);
            refresh();
          });
    }
  }

  private void refresh() {
    List<KioskRow> all = table.rows();
    KioskRow selected = view.getSelectionModel().getSelectedItem();
    List<KioskRow> shown =
        all.stream()
            .filter(row -> !alertsOnly.isSelected() || row.hasAlerts())
            .filter(row -> FleetRowText.matches(row, texts, filter.getText()))
            .toList();
    rows.setAll(shown);
    if (selected != null) {
      shown.stream()
          .filter(row -> row.kiosk().equals(selected.kiosk()))
          .findFirst()
          .ifPresent(row -> view.getSelectionModel().select(row));
    }
    long online = all.stream().filter(KioskRow::online).count();
    long alerts = all.stream().filter(KioskRow::hasAlerts).count();
    summary.setText(texts.get("summary", all.size(), online, all.size() - online, alerts));
  }

  private void openCommandDialog() {
    KioskRow selected = view.getSelectionModel().getSelectedItem();
    if (commands.isEmpty()) {
      notice.setText(texts.get("command.noSigner"));
      return;
    }
    if (selected == null) {
      notice.setText(texts.get("command.noSelection"));
      return;
    }
    CommandPane pane =
        new CommandPane(
            selected.kiosk(),
            commands.get(),
            texts,
            result -> {
              notice.setText(result);
              closeOverlay();
            },
            this::closeOverlay);
    showOverlay(pane.root());
  }

  private void openHistory() {
    showOverlay(new HistoryPane(history, texts, this::closeOverlay).root());
  }

  private void showOverlay(Parent overlay) {
    closeOverlay();
    root.getChildren().add(overlay);
  }

  private void closeOverlay() {
    if (root.getChildren().size() > 1) {
      root.getChildren().remove(1, root.getChildren().size());
    }
  }
}
