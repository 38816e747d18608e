package vn.tiepdon.ui.cashier.fx;

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
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.ui.cashier.CashierTexts;
import vn.tiepdon.ui.cashier.DeskSnapshot;

/** The cashiers' manual actions of the day shown, oldest first. */
final class AuditPane {
  private final VBox root = new VBox(10);

  AuditPane(DeskSnapshot snapshot, CashierTexts texts, Runnable close) {
    root.setId("audit-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(1200, 600);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    TableView<AuditEntry> table =
        new TableView<>(FXCollections.observableArrayList(snapshot.audit()));
    table.setId("audit-table");
    table.setPlaceholder(new Label(texts.get("audit.empty")));
    table
        .getColumns()
        .addAll(
            List.of(
                column(texts.get("col.time"), a -> texts.time(a.at()), 150),
                column(texts.get("col.cashier"), AuditEntry::cashier, 110),
                column(texts.get("col.action"), a -> texts.get("action." + a.action().name()), 130),
                column(
                    texts.get("col.transaction"),
                    a -> texts.get("source." + a.source().key()) + " " + a.transactionId(),
                    170),
                column(
                    texts.get("col.reference"),
                    a -> a.reference().map(ReferenceCode::value).orElse(""),
                    110),
                column(texts.get("col.note"), AuditEntry::note, 480)));
    Button closeButton = new Button(texts.get("button.close"));
    closeButton.setId("audit-close");
    closeButton.setOnAction(e -> close.run());
    root.getChildren()
        .setAll(
            new Label(texts.get("audit.title", texts.date(snapshot.day()))), table, closeButton);
  }

  Parent root() {
    return root;
  }

  private static TableColumn<AuditEntry, String> column(
      String title, Function<AuditEntry, String> value, double width) {
    TableColumn<AuditEntry, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
    return column;
  }
}
