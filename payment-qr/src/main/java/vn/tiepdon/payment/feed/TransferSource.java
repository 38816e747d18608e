package vn.tiepdon.payment.feed;

/** Where a bank transfer was reported from; with the transaction id it makes the dedupe key. */
public enum TransferSource {
  /** A bank statement export (CSV). */
  STATEMENT,
  /** SePay webhook. */
  SEPAY,
  /** Casso webhook v2. */
  CASSO,
  /** payOS webhook. */
  PAYOS;

  /** The lower-case name used in URLs, reports and the database. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
