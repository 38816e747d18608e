package vn.tiepdon.ui.cashier.fx;

import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.ui.cashier.CashierTexts;

/**
 * A cashier's note on a transfer (refunded, patient called, sent to accounting): it goes to the
 * audit trail; the transfer itself is not changed.
 */
final class NotePane {
  private final AuditedForm form;

  NotePane(
      TransferRecord transfer,
      CashierTexts texts,
      String cashier,
      BiConsumer<String, String> save,
      Runnable cancel) {
    form =
        new AuditedForm(
            "note",
            360,
            texts.get("note.title"),
            transfer,
            texts,
            cashier,
            texts.get("button.saveNote"));
    form.note.setId("note-text");
    form.ok.setId("note-save");
    form.whenComplete(save, () -> {});
    form.cancel.setOnAction(e -> cancel.run());
    form.root
        .getChildren()
        .setAll(
            form.title,
            form.transferLine,
            new Label(texts.get("match.cashier")),
            form.who,
            new Label(texts.get("note.text")),
            form.note,
            new HBox(10, form.ok, form.cancel));
  }

  Parent root() {
    return form.root;
  }
}
