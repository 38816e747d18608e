package vn.tiepdon.payment.webhook;

/**
 * A webhook whose signature, key or timestamp does not check out. The message never contains the
 * body (transfer content names payers).
 */
public final class WebhookAuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WebhookAuthenticationException(String message) {
    super(message);
  }
}
