package vn.tiepdon.payment.desk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * A transfer as the ledger keeps it.
 *
 * @param transfer what the feed reported
 * @param receivedAt when it reached us (first time)
 * @param state what ingestion or a cashier did with it
 * @param reason why it is LATE ({@code EXPIRED}, {@code CANCELLED}) or UNMATCHED ({@code NO_CODE},
 *     {@code SEVERAL_CODES}, {@code UNKNOWN_CODE}); empty when BOOKED
 * @param reference the intent it names or was matched to
 * @param manual true if a cashier matched it
 * @param duplicates how many times the same notification arrived again
 */
public record TransferRecord(
    BankTransfer transfer,
    Instant receivedAt,
    TransferState state,
    String reason,
    Optional<ReferenceCode> reference,
    boolean manual,
    int duplicates) {

  public TransferRecord {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(state, "state");
    reason = reason == null ? "" : reason;
    reference = Objects.requireNonNullElse(reference, Optional.empty());
    if (state == TransferState.BOOKED && reference.isEmpty()) {
      throw new IllegalArgumentException("a booked transfer names its intent");
    }
  }

  /**
   * The reconciliation outcome: a booked transfer shares its intent's (given its status now),
   * others are LATE or UNMATCHED_TRANSFER.
   */
  public Outcome outcome(PaymentStatus intentStatus) {
    return switch (state) {
      case LATE -> Outcome.LATE;
      case UNMATCHED -> Outcome.UNMATCHED_TRANSFER;
      case BOOKED -> DeskOutcomes.ofIntent(intentStatus);
    };
  }
}
