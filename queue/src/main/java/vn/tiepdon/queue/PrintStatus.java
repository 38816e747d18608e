package vn.tiepdon.queue;

/**
 * Whether a recorded ticket reached paper. A ticket exists once recorded; a failed print leaves it
 * in the queue (the patient is shown the number and the follow QR on screen) and a reprint is
 * recorded as such.
 */
public enum PrintStatus {
  PENDING,
  PRINTED,
  FAILED,
  REPRINTED;

  /** Whether a ticket in this status may be recorded as {@code next}. */
  public boolean canBecome(PrintStatus next) {
    return switch (next) {
      case PENDING -> false;
      case PRINTED, FAILED -> this == PENDING || (next == FAILED && this == FAILED);
      case REPRINTED -> this != PENDING;
    };
  }
}
