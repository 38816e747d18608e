package vn.tiepdon.queue;

/** Where a ticket's priority came from, which decides whether staff must check it. */
public enum PriorityOrigin {
  /** No priority group applies. */
  NONE,
  /** Derived from the birth date read from the card: already proven. */
  BIRTH_DATE,
  /** Declared by the patient on screen: staff check it at the counter. */
  DECLARED
}
