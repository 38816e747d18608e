package vn.tiepdon.payment.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reconcile.UnmatchedReason;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.reference.ReferenceCodeFinder;

/**
 * Live reconciliation for the cashier desk and the webhook endpoint: each transfer that arrives is
 * stored once, its code found, its money booked on the intent (which turns PAID, PARTIAL or
 * OVERPAID, and the kiosk showing it is told), or it is kept as LATE or UNMATCHED for a cashier,
 * who can match it by hand with a note; every manual action goes to the audit trail.
 */
public final class PaymentDesk {
  private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);

  /** Reason of a transfer reported for an account that is not the hospital's. */
  public static final String OTHER_ACCOUNT = "OTHER_ACCOUNT";

  private final PaymentLedger ledger;
  private final Clock clock;
  private final PaymentListener listener;
  private final ReferenceCodeFinder finder = new ReferenceCodeFinder();

  private final java.util.Set<String> accounts;

  /** A desk that books transfers to any account a feed reports. */
  public PaymentDesk(PaymentLedger ledger, Clock clock, PaymentListener listener) {
    this(ledger, clock, listener, java.util.Set.of());
  }

  /**
   * @param accounts the hospital's receiving accounts (and virtual accounts); a transfer a feed
   *     reports for another account is never booked but kept UNMATCHED ({@code OTHER_ACCOUNT}) for
   *     a cashier. Empty: no check (feeds that do not name the account).
   */
  public PaymentDesk(
      PaymentLedger ledger, Clock clock, PaymentListener listener, java.util.Set<String> accounts) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.accounts = java.util.Set.copyOf(accounts);
  }

  /** What happened to one reported transfer. */
  public record Ingested(Outcome outcome, TransferRecord record, Optional<PaymentIntent> intent) {}

  /**
   * Takes a transfer a feed reported; idempotent on its source and transaction id.
   *
   * @return DUPLICATE when it was taken before; else the outcome so far (a booked transfer's is its
   *     intent's: MATCHED, PARTIAL or OVERPAID)
   */
  public Ingested ingest(BankTransfer transfer) {
    List<ReferenceCode> codes = finder.findAll(transfer.content());
    Optional<ReferenceCode> code = codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    String reason =
        codes.isEmpty() ? UnmatchedReason.NO_CODE.name() : UnmatchedReason.SEVERAL_CODES.name();
    if (!accounts.isEmpty()
        && !transfer.account().isEmpty()
        && !accounts.contains(transfer.account())) {
      // vietqr.md §4.5: only money credited to the hospital's own account pays a bill.
      code = Optional.empty();
      reason = OTHER_ACCOUNT;
    }
    PaymentLedger.Ingestion result =
        ledger.ingest(
            transfer,
            clock.instant(),
            code,
            reason,
            intent -> PaymentIntents.book(intent, transfer.amount(), transfer.bookedAt()));
    if (result instanceof PaymentLedger.Ingestion.Duplicate duplicate) {
      LOG.info(
          "{} transfer {} arrived again; counted as duplicate",
          transfer.source().key(),
          transfer.transactionId());
      return new Ingested(Outcome.DUPLICATE, duplicate.stored(), Optional.empty());
    }
    PaymentLedger.Ingestion.Stored stored = (PaymentLedger.Ingestion.Stored) result;
    Ingested ingested = ingested(stored);
    LOG.info(
        "{} transfer {} of {} dong: {}{}",
        transfer.source().key(),
        transfer.transactionId(),
        transfer.amount().dong(),
        ingested.outcome(),
        stored.record().reference().map(r -> " on " + r).orElse(""));
    return ingested;
  }

  /**
   * Takes a whole feed (the day's statement after a webhook outage, a saved batch): each transfer
   * as {@link #ingest}, so what the webhooks already delivered under the same source comes back as
   * DUPLICATE.
   *
   * @return how many transfers ended in each outcome
   */
  public java.util.Map<Outcome, Integer> ingestAll(Iterable<BankTransfer> transfers) {
    java.util.Map<Outcome, Integer> counts = new java.util.EnumMap<>(Outcome.class);
    for (BankTransfer transfer : transfers) {
      counts.merge(ingest(transfer).outcome(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * A cashier books a LATE or UNMATCHED transfer on an intent, with a note saying why.
   *
   * @throws IllegalArgumentException if cashier or note are blank or too long
   * @throws IllegalStateException if the transfer is unknown or booked already, or the intent is
   *     unknown or cancelled
   */
  public Ingested matchManually(
      TransferSource source,
      String transactionId,
      ReferenceCode reference,
      String cashier,
      String note) {
    AuditEntry audit =
        new AuditEntry(
            UUID.randomUUID().toString(),
            clock.instant(),
            cashier,
            AuditEntry.Action.MANUAL_MATCH,
            source,
            transactionId,
            Optional.of(reference),
            note);
    BankTransfer transfer =
        ledger
            .transfer(source, transactionId)
            .orElseThrow(
                () ->
                    new IllegalStateException("no " + source.key() + " transfer " + transactionId))
            .transfer();
    PaymentLedger.Ingestion.Stored stored =
        ledger.matchManually(
            source,
            transactionId,
            reference,
            intent -> PaymentIntents.bookManually(intent, transfer.amount()),
            audit);
    LOG.info(
        "cashier {} matched {} transfer {} to {}", cashier, source.key(), transactionId, reference);
    return ingested(stored);
  }

  /**
   * A cashier's note on a transfer (why it was refunded, who was called), kept in the audit trail.
   */
  public void addNote(TransferSource source, String transactionId, String cashier, String note) {
    ledger.addNote(
        new AuditEntry(
            UUID.randomUUID().toString(),
            clock.instant(),
            cashier,
            AuditEntry.Action.NOTE,
            source,
            transactionId,
            Optional.empty(),
            note));
  }

  /** Transfers executed on {@code day} (local date in {@code zone}), oldest first. */
  public List<TransferRecord> transfers(LocalDate day, ZoneId zone) {
    return ledger.transfers(start(day, zone), start(day.plusDays(1), zone));
  }

  /** Intents created on {@code day}, oldest first. */
  public List<PaymentIntent> intents(LocalDate day, ZoneId zone) {
    return ledger.intents(start(day, zone), start(day.plusDays(1), zone));
  }

  /** Manual actions made on {@code day}, oldest first. */
  public List<AuditEntry> audit(LocalDate day, ZoneId zone) {
    return ledger.audit(start(day, zone), start(day.plusDays(1), zone));
  }

  /** The intent with this code as it stands now. */
  public Optional<PaymentIntent> intent(ReferenceCode reference) {
    return ledger.intent(reference);
  }

  /** The desk's clock (reports stamp their time with it). */
  public Clock clock() {
    return clock;
  }

  private Ingested ingested(PaymentLedger.Ingestion.Stored stored) {
    TransferRecord record = stored.record();
    Outcome outcome =
        record.state() == TransferState.BOOKED
            ? DeskOutcomes.ofIntent(stored.intent().orElseThrow().status())
            : record.outcome(null);
    stored.intent().filter(i -> record.state() == TransferState.BOOKED).ifPresent(this::tell);
    return new Ingested(outcome, record, stored.intent());
  }

  private void tell(PaymentIntent intent) {
    try {
      listener.paymentBooked(intent);
    } catch (RuntimeException e) {
      // The booking is committed; a failing screen must not undo it or stop the feed.
      LOG.warn("payment listener failed for intent {}", intent.reference(), e);
    }
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
