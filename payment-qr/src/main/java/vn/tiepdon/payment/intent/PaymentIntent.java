package vn.tiepdon.payment.intent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.text.AsciiFolding;
import vn.tiepdon.payment.vietqr.VietQrPayload;

/**
 * A fee the kiosk asked a patient to pay by bank transfer, identified by the reference code the
 * transfer content carries, and linked to the visit's ticket.
 *
 * @param reference the code in the QR's purpose; unique
 * @param amount the fee, 1 to 499 999 999 dong (the NAPAS 247 cap)
 * @param received the money booked on it so far
 * @param ticketRef the visit/ticket this fee belongs to (no personal data): 1–64 printable ASCII
 * @param createdAt when the intent was created
 * @param expiresAt when its QR stops being valid
 * @param status where it stands; consistent with {@code received}
 */
public record PaymentIntent(
    ReferenceCode reference,
    Money amount,
    Money received,
    String ticketRef,
    Instant createdAt,
    Instant expiresAt,
    PaymentStatus status) {

  public static final int MAX_TICKET_REF_LENGTH = 64;

  public PaymentIntent {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
    if (amount.isZero() || amount.dong() > VietQrPayload.MAX_AMOUNT_DONG) {
      throw new IllegalArgumentException(
          "amount must be 1.." + VietQrPayload.MAX_AMOUNT_DONG + " dong, was " + amount.dong());
    }
    if (ticketRef == null
        || ticketRef.isBlank()
        || ticketRef.length() > MAX_TICKET_REF_LENGTH
        || !AsciiFolding.isPrintableAscii(ticketRef)) {
      throw new IllegalArgumentException(
          "ticketRef must be 1-64 printable ASCII characters, was "
              + (ticketRef == null ? "null" : "\"" + ticketRef + "\""));
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException(
          "expiresAt must be after createdAt " + createdAt + ", was " + expiresAt);
    }
    if (status != statusFor(status, amount, received)) {
      throw new IllegalArgumentException(
          "status " + status + " does not fit " + received + " received of " + amount);
    }
  }

  /** A new intent waiting for its transfer; times are kept to the millisecond, as stored. */
  public static PaymentIntent open(
      ReferenceCode reference, Money amount, String ticketRef, Instant now, Duration validity) {
    Instant created = now.truncatedTo(ChronoUnit.MILLIS);
    return new PaymentIntent(
        reference,
        amount,
        Money.ZERO,
        ticketRef,
        created,
        created.plus(validity).truncatedTo(ChronoUnit.MILLIS),
        PaymentStatus.OPEN);
  }

  /** What is still owed: zero once paid or overpaid. */
  public Money outstanding() {
    return amount.remainingAfter(received);
  }

  /** True if it is still open at or after its expiry time. */
  public boolean isDue(Instant now) {
    return status == PaymentStatus.OPEN && !now.isBefore(expiresAt);
  }

  /** The intent after booking {@code payment} on it. */
  PaymentIntent withPayment(Money payment) {
    Money total = received.plus(payment);
    PaymentStatus next;
    if (total.compareTo(amount) == 0) {
      next = PaymentStatus.PAID;
    } else if (total.isGreaterThan(amount)) {
      next = PaymentStatus.OVERPAID;
    } else {
      next = PaymentStatus.PARTIAL;
    }
    return new PaymentIntent(reference, amount, total, ticketRef, createdAt, expiresAt, next);
  }

  PaymentIntent withStatus(PaymentStatus next) {
    return new PaymentIntent(reference, amount, received, ticketRef, createdAt, expiresAt, next);
  }

  /** The one status that fits the money received, given the status an intent claims. */
  private static PaymentStatus statusFor(PaymentStatus claimed, Money amount, Money received) {
    if (received.isZero()) {
      return claimed.hasReceivedMoney() ? null : claimed;
    }
    int cmp = received.compareTo(amount);
    return cmp == 0 ? PaymentStatus.PAID : cmp > 0 ? PaymentStatus.OVERPAID : PaymentStatus.PARTIAL;
  }
}
