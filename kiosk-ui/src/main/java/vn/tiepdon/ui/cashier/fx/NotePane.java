package vn.tiepdon.ui.cashier.fx;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.ui.cashier.CashierTexts;

/**
 * A cashier's note on a transfer (refunded, patient called, sent to accounting): it goes to the
 * audit trail; the transfer itself is not changed.
 */
final class NotePane {
  private final VBox root = new VBox(10);

  NotePane(
      TransferRecord transfer,
      CashierTexts texts,
      String cashier,
      BiConsumer<String, String> save,
      Runnable cancel) {
    root.setId("note-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(760, 360);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    Label title = new Label(texts.get("note.title"));
    title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
    Label what =
        new Label(
            texts.get(
                "match.transfer",
                texts.get("source." + transfer.transfer().source().key()),
                transfer.transfer().transactionId(),
                texts.money(transfer.transfer().amount()),
                transfer.transfer().content()));
    what.setWrapText(true);
    TextField who = new TextField(cashier);
    who.setId("note-cashier");
    TextArea note = new TextArea();
    note.setId("note-text");
    note.setPrefRowCount(4);
    note.setWrapText(true);
    Button ok = new Button(texts.get("button.saveNote"));
    ok.setId("note-save");
    Runnable check =
        () ->
            ok.setDisable(
                note.getText().isBlank()
                    || note.getText().length() > AuditEntry.MAX_NOTE_LENGTH
                    || who.getText().isBlank()
                    || who.getText().strip().length() > AuditEntry.MAX_CASHIER_LENGTH);
    note.textProperty().addListener((o, was, is) -> check.run());
    who.textProperty().addListener((o, was, is) -> check.run());
    check.run();
    ok.setOnAction(e -> save.accept(who.getText().strip(), note.getText().strip()));
    Button back = new Button(texts.get("button.cancel"));
    back.setId("note-cancel");
    back.setOnAction(e -> cancel.run());
    root.getChildren()
        .setAll(
            title,
            what,
            new Label(texts.get("match.cashier")),
            who,
            new Label(texts.get("note.text")),
            note,
            new HBox(10, ok, back));
  }

  Parent root() {
    return root;
  }
}
