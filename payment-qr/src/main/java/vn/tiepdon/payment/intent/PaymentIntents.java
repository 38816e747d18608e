package vn.tiepdon.payment.intent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.vietqr.VietQrPayload;

/**
 * The payment-intent use cases: create one per fee, show its VietQR, book money that arrives for
 * its reference code, and expire or cancel what is not paid.
 */
public final class PaymentIntents {
  /** New codes drawn before giving up; a clash is one in hundreds of millions per draw. */
  static final int MAX_CODE_DRAWS = 5;

  private final PaymentSettings settings;
  private final PaymentIntentStore store;
  private final Clock clock;
  private final RandomGenerator random;

  /**
   * @param random source of reference codes; a {@link java.security.SecureRandom} in production so
   *     codes cannot be guessed
   */
  public PaymentIntents(
      PaymentSettings settings, PaymentIntentStore store, Clock clock, RandomGenerator random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Creates and stores an OPEN intent with a fresh reference code, valid for the configured time.
   *
   * @param ticketRef the visit/ticket the fee belongs to
   */
  public PaymentIntent create(Money amount, String ticketRef) {
    Instant now = clock.instant();
    DuplicateReferenceException lastClash = null;
    for (int draw = 0; draw < MAX_CODE_DRAWS; draw++) {
      PaymentIntent intent =
          PaymentIntent.open(
              ReferenceCode.generate(random), amount, ticketRef, now, settings.intentValidity());
      try {
        store.insert(intent);
        return intent;
      } catch (DuplicateReferenceException clash) {
        lastClash = clash;
      }
    }
    throw new IllegalStateException(
        MAX_CODE_DRAWS + " reference codes in a row were taken; is the random source broken?",
        lastClash);
  }

  public Optional<PaymentIntent> find(ReferenceCode reference) {
    return store.find(reference);
  }

  /** The intents of one visit/ticket, oldest first. */
  public List<PaymentIntent> forTicket(String ticketRef) {
    return store.findByTicket(ticketRef);
  }

  /**
   * Books money that a bank reported for {@code reference}. Money that the bank timestamps before
   * the expiry is booked even when the intent was already marked EXPIRED (feeds arrive late); money
   * on a cancelled intent, or on an expired one that had received nothing in time, is not booked
   * but returned for cashier review.
   *
   * @param payment the amount credited
   * @param paidAt when the bank executed the transfer
   */
  public PaymentOutcome markPaid(ReferenceCode reference, Money payment, Instant paidAt) {
    if (payment.isZero()) {
      throw new IllegalArgumentException("payment for " + reference + " must be > 0 dong, was 0");
    }
    return store
        .update(reference, intent -> book(intent, payment, paidAt))
        .orElseGet(() -> new PaymentOutcome.UnknownReference(reference, payment));
  }

  /**
   * What booking {@code payment}, executed at {@code paidAt}, on {@code intent} does: the rule
   * {@link #markPaid} applies, for stores that book inside a larger transaction (bank-transfer
   * ingestion).
   */
  public static PaymentIntentStore.Change<PaymentOutcome> book(
      PaymentIntent intent, Money payment, Instant paidAt) {
    switch (intent.status()) {
      case CANCELLED:
        return unchanged(intent, new PaymentOutcome.ArrivedAfterCancel(intent, payment));
      case OPEN:
      case EXPIRED:
        if (!paidAt.isBefore(intent.expiresAt())) {
          PaymentIntent expired = intent.withStatus(PaymentStatus.EXPIRED);
          return new PaymentIntentStore.Change<>(
              expired, new PaymentOutcome.ArrivedLate(expired, payment));
        }
        break;
      default:
        break;
    }
    PaymentIntent booked = intent.withPayment(payment);
    return new PaymentIntentStore.Change<>(booked, new PaymentOutcome.Booked(booked));
  }

  /**
   * What a cashier's manual booking does: the money is booked whatever the expiry (the cashier has
   * looked at it), but never on a cancelled intent.
   *
   * @throws IllegalStateException if the intent is cancelled
   */
  public static PaymentIntentStore.Change<PaymentOutcome> bookManually(
      PaymentIntent intent, Money payment) {
    if (intent.status() == PaymentStatus.CANCELLED) {
      throw new IllegalStateException(
          "intent " + intent.reference() + " is cancelled; a transfer cannot be booked on it");
    }
    PaymentIntent booked = intent.withPayment(payment);
    return new PaymentIntentStore.Change<>(booked, new PaymentOutcome.Booked(booked));
  }

  /**
   * Takes a hospital-wide desk's word that {@code totalReceived} is now booked on an intent (the
   * desk reconciled its bank feed against it): the intent turns PAID, PARTIAL or OVERPAID. Never
   * lowers what was received, so a repeated or stale notice changes nothing.
   *
   * @return the intent after the change; empty when no intent has this code or nothing changed
   */
  public Optional<PaymentIntent> recordDeskBooking(ReferenceCode reference, Money totalReceived) {
    if (totalReceived.isZero()) {
      throw new IllegalArgumentException(
          "money booked on " + reference + " by the desk must be > 0 dong, was 0");
    }
    return store.update(
        reference,
        intent ->
            totalReceived.isGreaterThan(intent.received())
                ? changed(intent.withPayment(totalReceived.remainingAfter(intent.received())))
                : unchanged(intent, null));
  }

  private static PaymentIntentStore.Change<PaymentIntent> changed(PaymentIntent next) {
    return new PaymentIntentStore.Change<>(next, next);
  }

  /**
   * Where the intent stands, for a kiosk showing its QR to poll: PAID, PARTIAL or OVERPAID once a
   * matching transfer was booked; empty if no intent has this code.
   */
  public Optional<PaymentStatus> status(ReferenceCode reference) {
    return store.find(reference).map(PaymentIntent::status);
  }

  /**
   * Withdraws an OPEN intent (fee waived, visit cancelled). An intent in any other state is left as
   * it is.
   *
   * @return the intent after the call; empty if no intent has this code
   */
  public Optional<PaymentIntent> cancel(ReferenceCode reference) {
    return store.update(
        reference,
        intent -> {
          PaymentIntent next =
              intent.status() == PaymentStatus.OPEN
                  ? intent.withStatus(PaymentStatus.CANCELLED)
                  : intent;
          return new PaymentIntentStore.Change<>(next, next);
        });
  }

  /** Marks every OPEN intent whose time is up as EXPIRED and returns them. */
  public List<PaymentIntent> expireDue() {
    Instant now = clock.instant();
    List<PaymentIntent> expired = new ArrayList<>();
    for (ReferenceCode reference : store.findOpenExpiringBy(now)) {
      // Re-checked inside the update: a payment may have been booked since the query.
      store.update(reference, intent -> expireIfDue(intent, now)).ifPresent(expired::add);
    }
    return expired;
  }

  private static PaymentIntentStore.Change<PaymentIntent> expireIfDue(
      PaymentIntent intent, Instant now) {
    if (!intent.isDue(now)) {
      return unchanged(intent, null);
    }
    PaymentIntent expired = intent.withStatus(PaymentStatus.EXPIRED);
    return new PaymentIntentStore.Change<>(expired, expired);
  }

  /**
   * The VietQR to show for an intent: dynamic, to the configured account, with the amount, the
   * reference code first in the transfer content (62.08, so a bank that cuts the content keeps it)
   * and again as the reference label (62.05).
   */
  public VietQrPayload vietQrPayload(PaymentIntent intent) {
    String code = intent.reference().value();
    return VietQrPayload.builder(settings.bin(), settings.accountNumber())
        .dynamic(true)
        .amount(intent.amount())
        .purpose(settings.purposeText().isEmpty() ? code : code + " " + settings.purposeText())
        .referenceLabel(code)
        .build();
  }

  private static <R> PaymentIntentStore.Change<R> unchanged(PaymentIntent intent, R result) {
    return new PaymentIntentStore.Change<>(intent, result);
  }
}
