package vn.tiepdon.payment.desk;

/** What ingestion did with a stored transfer. */
public enum TransferState {
  /** Its money is booked on an intent (automatically or by a cashier). */
  BOOKED,
  /** It names a known intent that had expired or was cancelled: cashier review. */
  LATE,
  /** No single known code: manual reconciliation. */
  UNMATCHED
}
