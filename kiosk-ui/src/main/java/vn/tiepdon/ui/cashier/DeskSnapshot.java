package vn.tiepdon.ui.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.intent.PaymentIntent;

/**
 * One reading of a day at the desk: the intents created, the transfers executed and the cashiers'
 * actions, as they stood at {@code readAt}.
 */
public record DeskSnapshot(
    LocalDate day,
    Instant readAt,
    List<PaymentIntent> intents,
    List<TransferRecord> transfers,
    List<AuditEntry> audit) {
  public DeskSnapshot {
    intents = List.copyOf(intents);
    transfers = List.copyOf(transfers);
    audit = List.copyOf(audit);
  }
}
