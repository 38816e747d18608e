package vn.tiepdon.payment.intent;

import vn.tiepdon.payment.reference.ReferenceCode;

/** An intent with this reference code already exists; the caller draws a new code. */
public final class DuplicateReferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ReferenceCode reference;

  public DuplicateReferenceException(ReferenceCode reference, Throwable cause) {
    super("a payment intent with reference " + reference + " already exists", cause);
    this.reference = reference;
  }

  public ReferenceCode reference() {
    return reference;
  }
}
