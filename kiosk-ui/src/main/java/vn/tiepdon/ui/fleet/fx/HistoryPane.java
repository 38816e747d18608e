package vn.tiepdon.ui.fleet.fx;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.tiepdon.provisioning.fleet.CommandHistory;
import vn.tiepdon.provisioning.fleet.CommandRecord;
import vn.tiepdon.ui.fleet.FleetRowText;
import vn.tiepdon.ui.fleet.FleetTexts;

/** The latest commands sent from this desk and every answer, newest first. */
final class HistoryPane {
  private static final int SHOWN = 500;

  private final VBox root = new VBox(10);

  HistoryPane(CommandHistory history, FleetTexts texts, Runnable close) {
    root.setId("history-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(1000, 600);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    TableView<CommandRecord> table =
        new TableView<>(FXCollections.observableArrayList(history.latest(SHOWN)));
    table.setId("history-table");
    table
        .getColumns()
        .addAll(
            List.of(
                column(texts.get("history.at"), r -> FleetRowText.time(r.at()), 150),
                column(texts.get("history.kiosk"), r -> r.kiosk().toString(), 130),
                column(texts.get("history.id"), r -> r.id().value(), 190),
                column(texts.get("history.type"), r -> r.type().name(), 140),
                column(texts.get("history.status"), CommandRecord::status, 140),
                column(texts.get("history.detail"), CommandRecord::detail, 240)));
    Button closeButton = new Button(texts.get("history.close"));
    closeButton.setId("history-close");
    closeButton.setOnAction(e -> close.run());
    root.getChildren().setAll(new Label(texts.get("history.title")), table, closeButton);
  }

  Parent root() {
    return root;
  }

  private static TableColumn<CommandRecord, String> column(
      String title, Function<CommandRecord, String> value, double width) {
    TableColumn<CommandRecord, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
    return column;
  }
}
