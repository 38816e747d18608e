package vn.tiepdon.payment.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntentStore;
import vn.tiepdon.payment.intent.PaymentOutcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Where transfers, their effect on intents and the cashiers' audit trail are kept (port). Each
 * method that writes is one transaction: a transfer is never stored without its booking, nor booked
 * twice.
 */
public interface PaymentLedger {

  /**
   * Stores a transfer and, when {@code reference} names an intent, applies {@code booking} to it,
   * in one transaction.
   *
   * @param unmatchedReason stored when {@code reference} is empty
   * @return {@link Ingestion.Duplicate} when the source and transaction id are stored already (the
   *     repeat is counted), else what was stored
   */
  Ingestion ingest(
      BankTransfer transfer,
      Instant receivedAt,
      Optional<ReferenceCode> reference,
      String unmatchedReason,
      Function<PaymentIntent, PaymentIntentStore.Change<PaymentOutcome>> booking);

  /**
   * Books a LATE or UNMATCHED transfer on {@code reference} with {@code booking} and writes {@code
   * audit}, in one transaction.
   *
   * @throws IllegalStateException if the transfer is unknown or already booked, or the intent is
   *     unknown
   */
  Ingestion.Stored matchManually(
      TransferSource source,
      String transactionId,
      ReferenceCode reference,
      Function<PaymentIntent, PaymentIntentStore.Change<PaymentOutcome>> booking,
      AuditEntry audit);

  /**
   * Adds a note to the audit trail.
   *
   * @throws IllegalStateException if the transfer is unknown
   */
  void addNote(AuditEntry audit);

  Optional<TransferRecord> transfer(TransferSource source, String transactionId);

  /** The intent with this code, as stored now. */
  Optional<PaymentIntent> intent(ReferenceCode reference);

  /** Transfers executed in {@code [from, to)}, oldest first. */
  List<TransferRecord> transfers(Instant from, Instant to);

  /** Intents created in {@code [from, to)}, oldest first. */
  List<PaymentIntent> intents(Instant from, Instant to);

  /** Audit entries made in {@code [from, to)}, oldest first. */
  List<AuditEntry> audit(Instant from, Instant to);

  /** What {@link #ingest} did. */
  sealed interface Ingestion {
    /** Stored before; this repeat was counted. */
    record Duplicate(TransferRecord stored) implements Ingestion {}

    /**
     * Stored now.
     *
     * @param intent the intent after booking, when one was booked
     */
    record Stored(TransferRecord record, Optional<PaymentIntent> intent) implements Ingestion {}
  }
}
