package vn.tiepdon.payment.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.DeskOutcomes;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * One day at the cashier desk: the intents created that day, the transfers executed that day with
 * their outcomes, the cashiers' manual actions, and totals per outcome.
 *
 * @param day the local date reported
 * @param zone the hospital's time zone
 * @param generatedAt when it was made
 */
public record DailyReport(
    LocalDate day,
    ZoneId zone,
    Instant generatedAt,
    List<IntentLine> intents,
    List<TransferLine> transfers,
    List<AuditEntry> audit,
    Map<Outcome, Total> totals) {

  public DailyReport {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(generatedAt, "generatedAt");
    intents = List.copyOf(intents);
    transfers = List.copyOf(transfers);
    audit = List.copyOf(audit);
    totals = Map.copyOf(totals);
  }

  /** An intent and where it ended. */
  public record IntentLine(PaymentIntent intent, Outcome outcome) {}

  /** A transfer and where it ended. */
  public record TransferLine(TransferRecord record, Outcome outcome) {}

  /** How many, and how much money, ended in one outcome. */
  public record Total(int count, Money amount) {
    static final Total NONE = new Total(0, Money.ZERO);

    Total plus(Money more) {
      return new Total(count + 1, amount.plus(more));
    }
  }

  /**
   * Builds the report.
   *
   * @param intentOf the current intent of a reference (booked transfers of the day may pay an
   *     intent of another day)
   */
  public static DailyReport of(
      LocalDate day,
      ZoneId zone,
      Instant generatedAt,
      List<PaymentIntent> intents,
      List<TransferRecord> transfers,
      List<AuditEntry> audit,
      Function<ReferenceCode, PaymentStatus> intentOf) {
    Map<Outcome, Total> totals = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      totals.put(o, Total.NONE);
    }
    Map<ReferenceCode, PaymentStatus> statuses = new HashMap<>();
    List<IntentLine> intentLines =
        intents.stream()
            .map(
                i -> {
                  statuses.put(i.reference(), i.status());
                  Outcome outcome = DeskOutcomes.ofIntent(i.status());
                  totals.merge(outcome, Total.NONE, (t, none) -> t.plus(i.amount()));
                  return new IntentLine(i, outcome);
                })
            .toList();
    List<TransferLine> transferLines =
        transfers.stream()
            .map(
                r -> {
                  PaymentStatus status =
                      r.state() == TransferState.BOOKED
                          ? statuses.computeIfAbsent(r.reference().orElseThrow(), intentOf)
                          : null;
                  Outcome outcome = r.outcome(status);
                  if (!outcome.isBooked()) {
                    totals.merge(outcome, Total.NONE, (t, none) -> t.plus(r.transfer().amount()));
                  }
                  if (r.duplicates() > 0) {
                    Total dup = totals.get(Outcome.DUPLICATE);
                    totals.put(
                        Outcome.DUPLICATE, new Total(dup.count() + r.duplicates(), dup.amount()));
                  }
                  return new TransferLine(r, outcome);
                })
            .toList();
    return new DailyReport(day, zone, generatedAt, intentLines, transferLines, audit, totals);
  }

  /**
   * The day's report from the desk: intents created and transfers executed on {@code day} in {@code
   * zone}, with their outcomes as they stand now, and the cashiers' actions.
   */
  public static DailyReport of(
      vn.tiepdon.payment.desk.PaymentDesk desk, LocalDate day, ZoneId zone) {
    return of(
        day,
        zone,
        desk.clock().instant(),
        desk.intents(day, zone),
        desk.transfers(day, zone),
        desk.audit(day, zone),
        reference ->
            desk.intent(reference)
                .map(PaymentIntent::status)
                .orElseThrow(
                    () -> new IllegalStateException("booked on a missing intent " + reference)));
  }

  /** Fees of the day's intents. */
  public Money expected() {
    return intents.stream().map(l -> l.intent().amount()).reduce(Money.ZERO, Money::plus);
  }

  /** Money of the day's transfers booked on intents. */
  public Money booked() {
    return transfers.stream()
        .filter(l -> l.record().state() == TransferState.BOOKED)
        .map(l -> l.record().transfer().amount())
        .reduce(Money.ZERO, Money::plus);
  }

  /** Money of the day's transfers that wait for a cashier (late, unmatched). */
  public Money awaitingReview() {
    return transfers.stream()
        .filter(l -> l.record().state() != TransferState.BOOKED)
        .map(l -> l.record().transfer().amount())
        .reduce(Money.ZERO, Money::plus);
  }
}
