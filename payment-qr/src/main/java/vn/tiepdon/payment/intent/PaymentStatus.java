package vn.tiepdon.payment.intent;

/** Where a payment intent stands. */
public enum PaymentStatus {
  /** Waiting for the transfer; the QR is valid. */
  OPEN,
  /** Exactly the amount arrived. */
  PAID,
  /** Less than the amount arrived; the rest is still owed. */
  PARTIAL,
  /** More than the amount arrived; the excess goes to the cashier's refund or credit queue. */
  OVERPAID,
  /** Nothing arrived before the QR ran out; a later transfer is not booked on it. */
  EXPIRED,
  /** Withdrawn (fee waived, visit cancelled); a later transfer is not booked on it. */
  CANCELLED;

  /** True once money has been booked on the intent. */
  public boolean hasReceivedMoney() {
    return this == PAID || this == PARTIAL || this == OVERPAID;
  }
}
