package vn.tiepdon.payment.intent;

import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.reference.ReferenceCode;

/** What happened to money that arrived for a reference code. */
public sealed interface PaymentOutcome {

  /** Booked on the intent; its status is now PAID, PARTIAL or OVERPAID. */
  record Booked(PaymentIntent intent) implements PaymentOutcome {}

  /**
   * Arrived after the intent expired with nothing paid: not booked, the intent stays EXPIRED, and
   * the money goes to cashier review (credit or refund), never silently reopening the bill.
   */
  record ArrivedLate(PaymentIntent intent, Money payment) implements PaymentOutcome {}

  /** The intent was cancelled: not booked; the money goes to cashier review. */
  record ArrivedAfterCancel(PaymentIntent intent, Money payment) implements PaymentOutcome {}

  /** No intent has this code: manual reconciliation. */
  record UnknownReference(ReferenceCode reference, Money payment) implements PaymentOutcome {}
}
