package vn.tiepdon.payment.reconcile;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.vietqr.VietQrPayload;

/**
 * What an intent expects, as far as reconciliation needs it.
 *
 * @param reference the code the transfer content should carry
 * @param amount the fee, 1 to 499 999 999 dong
 * @param createdAt when the QR was shown
 * @param expiresAt transfers executed at or after this are LATE
 */
public record ExpectedPayment(
    ReferenceCode reference, Money amount, Instant createdAt, Instant expiresAt) {
  public ExpectedPayment {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (amount.isZero() || amount.dong() > VietQrPayload.MAX_AMOUNT_DONG) {
      throw new IllegalArgumentException(
          "amount of "
              + reference
              + " must be 1.."
              + VietQrPayload.MAX_AMOUNT_DONG
              + " dong, was "
              + amount.dong());
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException(
          "expires_at of "
              + reference
              + " must be after created_at "
              + createdAt
              + ", was "
              + expiresAt);
    }
  }

  public static ExpectedPayment of(PaymentIntent intent) {
    return new ExpectedPayment(
        intent.reference(), intent.amount(), intent.createdAt(), intent.expiresAt());
  }
}
