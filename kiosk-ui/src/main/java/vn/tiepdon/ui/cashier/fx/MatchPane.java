package vn.tiepdon.ui.cashier.fx;

import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.ui.cashier.CashierTexts;

/**
 * The confirmation step of a manual match: what is matched to what, who does it, and a note that
 * must be written before the match can be confirmed (it goes to the audit trail).
 */
final class MatchPane {
  private final AuditedForm form;

  MatchPane(
      TransferRecord transfer,
      PaymentIntent intent,
      CashierTexts texts,
      String cashier,
      BiConsumer<String, String> confirm,
      Runnable cancel) {
    form =
        new AuditedForm(
            "match",
            420,
            texts.get("match.title"),
            transfer,
            texts,
            cashier,
            texts.get("button.confirm"));
    form.transferLine.setId("match-transfer");
    Label onto =
        new Label(
            texts.get(
                "match.intent",
                intent.reference().value(),
                intent.ticketRef(),
                texts.money(intent.amount()),
                texts.get("status." + intent.status().name())));
    onto.setId("match-intent");
    form.note.setId("match-note");
    form.note.setPromptText(texts.get("match.note"));
    Label noteRequired = new Label(texts.get("match.noteRequired"));
    noteRequired.setId("match-note-required");
    noteRequired.setStyle("-fx-text-fill: #a01818;");
    form.ok.setId("match-confirm");
    form.ok.setDefaultButton(false);
    form.whenComplete(confirm, () -> noteRequired.setVisible(form.note.getText().isBlank()));
    form.cancel.setCancelButton(true);
    form.cancel.setOnAction(e -> cancel.run());
    form.root
        .getChildren()
        .setAll(
            form.title,
            form.transferLine,
            onto,
            new Label(texts.get("match.cashier")),
            form.who,
            new Label(texts.get("match.note")),
            form.note,
            noteRequired,
            new HBox(10, form.ok, form.cancel));
  }

  Parent root() {
    return form.root;
  }
}
