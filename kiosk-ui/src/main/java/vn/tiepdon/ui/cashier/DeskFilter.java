package vn.tiepdon.ui.cashier;

import java.util.Optional;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * What the cashier narrowed the tables to: an intent status, a transfer state and a search text
 * that matches references, tickets, transaction ids and transfer content without regard to case,
 * diacritics or spacing ("viện phí" finds "VIEN PHI").
 */
public record DeskFilter(
    Optional<PaymentStatus> status, Optional<TransferState> state, String search) {
  public static final DeskFilter NONE = new DeskFilter(Optional.empty(), Optional.empty(), "");

  public DeskFilter {
    status = status == null ? Optional.empty() : status;
    state = state == null ? Optional.empty() : state;
    search = search == null ? "" : normal(search);
  }

  public boolean matches(PaymentIntent intent) {
    return status.map(s -> s == intent.status()).orElse(true)
        && (search.isEmpty()
            || normal(intent.reference().value()).contains(search)
            || normal(intent.ticketRef()).contains(search));
  }

  public boolean matches(TransferRecord record) {
    return state.map(s -> s == record.state()).orElse(true)
        && (search.isEmpty()
            || normal(record.transfer().content()).contains(search)
            || normal(record.transfer().transactionId()).contains(search)
            || normal(record.reference().map(ReferenceCode::value).orElse("")).contains(search));
  }

  private static String normal(String text) {
    return AsciiFolding.compact(text);
  }
}
