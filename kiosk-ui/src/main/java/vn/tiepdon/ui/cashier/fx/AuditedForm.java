package vn.tiepdon.ui.cashier.fx;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.ui.cashier.CashierTexts;

/**
 * What every manual action on a transfer shares (a match, a note): the pane, the transfer it is
 * about, who does it and the note that goes to the audit trail, and a button that stays disabled
 * until both fit the audit trail's limits.
 */
final class AuditedForm {
  final VBox root = new VBox(10);
  final Label title;
  final Label transferLine;
  final TextField who;
  final TextArea note;
  final Button ok;
  final Button cancel;

  AuditedForm(
      String idPrefix,
      double maxHeight,
      String titleText,
      TransferRecord transfer,
      CashierTexts texts,
      String cashier,
      String okText) {
    root.setId(idPrefix + "-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(760, maxHeight);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    title = new Label(titleText);
    title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
    transferLine =
        new Label(
            texts.get(
                "match.transfer",
                texts.get("source." + transfer.transfer().source().key()),
                transfer.transfer().transactionId(),
                texts.money(transfer.transfer().amount()),
                transfer.transfer().content()));
    transferLine.setWrapText(true);
    who = new TextField(cashier);
    who.setId(idPrefix + "-cashier");
    note = new TextArea();
    note.setPrefRowCount(4);
    note.setWrapText(true);
    ok = new Button(okText);
    cancel = new Button(texts.get("button.cancel"));
    cancel.setId(idPrefix + "-cancel");
  }

  /** Enables {@link #ok} only for a complete entry; {@code onChange} also runs at every edit. */
  void whenComplete(BiConsumer<String, String> action, Runnable onChange) {
    Runnable check =
        () -> {
          ok.setDisable(!complete());
          onChange.run();
        };
    note.textProperty().addListener((o, was, is) -> check.run());
    who.textProperty().addListener((o, was, is) -> check.run());
    check.run();
    ok.setOnAction(e -> action.accept(who.getText().strip(), note.getText().strip()));
  }

  private boolean complete() {
    return !note.getText().isBlank()
        && note.getText().length() <= AuditEntry.MAX_NOTE_LENGTH
        && !who.getText().isBlank()
        && who.getText().strip().length() <= AuditEntry.MAX_CASHIER_LENGTH;
  }
}
