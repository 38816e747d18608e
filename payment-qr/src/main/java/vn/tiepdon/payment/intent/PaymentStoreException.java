package vn.tiepdon.payment.intent;

/** The intent store failed (database unreachable, disk full); nothing was half-written. */
public final class PaymentStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PaymentStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
