package vn.tiepdon.queue;

/** Whether a patient can take a ticket for a service now, and if not, why. */
public enum Eligibility {
  ELIGIBLE,
  /** The patient's age is outside the service's limits (e.g. paediatrics). */
  AGE,
  /** The service's daily capacity is used up. */
  FULL,
  /** Outside the service's opening hours or days. */
  CLOSED;

  public boolean isEligible() {
    return this == ELIGIBLE;
  }
}
