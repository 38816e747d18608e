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
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.ui.cashier.CashierTexts;

/**
 * The confirmation step of a manual match: what is matched to what, who does it, and a note that
 * must be written before the match can be confirmed (it goes to the audit trail).
 */
final class MatchPane {
  private final VBox root = new VBox(10);

  MatchPane(
      TransferRecord transfer,
      PaymentIntent intent,
      CashierTexts texts,
      String cashier,
      BiConsumer<String, String> confirm,
      Runnable cancel) {
    root.setId("match-pane");
    root.setPadding(new Insets(16));
    root.setMaxSize(760, 420);
    root.setStyle("-fx-background-color: white; -fx-border-color: #888;");
    Label title = new Label(texts.get("match.title"));
    title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
    Label what =
        new Label(
            texts.get(
                "match.transfer",
                texts.get("source." + transfer.transfer().source().key()),
                transfer.transfer().transactionId(),
                texts.money(transfer.transfer().amount()),
                transfer.transfer().content()));
    what.setId("match-transfer");
    what.setWrapText(true);
    Label onto =
        new Label(
            texts.get(
                "match.intent",
                intent.reference().value(),
                intent.ticketRef(),
                texts.money(intent.amount()),
                texts.get("status." + intent.status().name())));
    onto.setId("match-intent");
    TextField who = new TextField(cashier);
    who.setId("match-cashier");
    TextArea note = new TextArea();
    note.setId("match-note");
    note.setPromptText(texts.get("match.note"));
    note.setPrefRowCount(4);
    note.setWrapText(true);
    Label noteRequired = new Label(texts.get("match.noteRequired"));
    noteRequired.setId("match-note-required");
    noteRequired.setStyle("-fx-text-fill: #a01818;");
    Button ok = new Button(texts.get("button.confirm"));
    ok.setId("match-confirm");
    ok.setDefaultButton(false);
    Runnable check =
        () -> {
          boolean ready =
              !note.getText().isBlank()
                  && note.getText().length() <= AuditEntry.MAX_NOTE_LENGTH
                  && !who.getText().isBlank()
                  && who.getText().strip().length() <= AuditEntry.MAX_CASHIER_LENGTH;
          ok.setDisable(!ready);
          noteRequired.setVisible(note.getText().isBlank());
        };
    note.textProperty().addListener((o, was, is) -> check.run());
    who.textProperty().addListener((o, was, is) -> check.run());
    check.run();
    ok.setOnAction(e -> confirm.accept(who.getText().strip(), note.getText().strip()));
    Button back = new Button(texts.get("button.cancel"));
    back.setId("match-cancel");
    back.setCancelButton(true);
    back.setOnAction(e -> cancel.run());
    root.getChildren()
        .setAll(
            title,
            what,
            onto,
            new Label(texts.get("match.cashier")),
            who,
            new Label(texts.get("match.note")),
            note,
            noteRequired,
            new HBox(10, ok, back));
  }

  Parent root() {
    return root;
  }
}
