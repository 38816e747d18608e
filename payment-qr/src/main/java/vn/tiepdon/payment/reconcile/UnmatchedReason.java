package vn.tiepdon.payment.reconcile;

/** Why a transfer could not be booked automatically; shown to the cashier. */
public enum UnmatchedReason {
  /** No valid reference code in the content (deleted, cut, mistyped). */
  NO_CODE,
  /** Several different codes: the payer paid more than one bill; the cashier splits it. */
  SEVERAL_CODES,
  /** A valid code that no intent has. */
  UNKNOWN_CODE
}
