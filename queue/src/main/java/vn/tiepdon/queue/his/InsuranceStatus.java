package vn.tiepdon.queue.his;

/**
 * A BHYT (national health insurance) check's outcome, each with the key of its patient-facing text
 * in the queue's {@code messages} bundle ({@link InsuranceMessages}).
 */
public enum InsuranceStatus {
  /** Insured and in-network (đúng tuyến) for this hospital. */
  VALID("insurance.valid"),
  /** A card exists but its validity has ended. */
  EXPIRED("insurance.expired"),
  /** Insured but out-of-network (trái tuyến) here: a different price applies. */
  WRONG_ROUTE("insurance.wrongRoute"),
  /** No BHYT card for this citizen ID: the patient can register as self-paying. */
  NOT_FOUND("insurance.notFound"),
  /** The HIS or the insurance portal did not answer: the counter checks the card. */
  UNAVAILABLE("insurance.unavailable");

  private final String messageKey;

  InsuranceStatus(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** Whether the visit can be billed to insurance. */
  public boolean insured() {
    return this == VALID || this == WRONG_ROUTE;
  }
}
