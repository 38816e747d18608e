package vn.tiepdon.payment.reconcile;

/**
 * Where a transfer or an intent ends after reconciliation: each gets exactly one. Intents end
 * MATCHED, PARTIAL, OVERPAID or UNPAID_INTENT; a transfer booked on an intent shares that intent's
 * outcome, any other transfer ends DUPLICATE, LATE or UNMATCHED_TRANSFER.
 */
public enum Outcome {
  /** The intent received exactly its amount (possibly over several transfers). */
  MATCHED,
  /** The intent received less than its amount in time; the rest is still owed. */
  PARTIAL,
  /** The intent received more than its amount; the excess goes to refund or credit. */
  OVERPAID,
  /** The same transfer (source and transaction id) reported again; ignored. */
  DUPLICATE,
  /** A transfer for a known intent executed at or after its expiry: cashier review. */
  LATE,
  /** A transfer without exactly one known, valid reference code: manual reconciliation. */
  UNMATCHED_TRANSFER,
  /** An intent that received nothing in time. */
  UNPAID_INTENT;

  /** True for the outcomes that describe a transfer booked on an intent. */
  public boolean isBooked() {
    return this == MATCHED || this == PARTIAL || this == OVERPAID;
  }
}
