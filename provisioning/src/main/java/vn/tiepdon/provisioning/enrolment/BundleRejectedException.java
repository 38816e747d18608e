package vn.tiepdon.provisioning.enrolment;

/** A bundle the kiosk will not install; {@link #reason()} for code, the message for people. */
public final class BundleRejectedException extends RuntimeException {
  private final BundleRejection reason;

  public BundleRejectedException(BundleRejection reason, String message) {
    super(message);
    this.reason = reason;
  }

  public BundleRejectedException(BundleRejection reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public BundleRejection reason() {
    return reason;
  }
}
