package vn.tiepdon.ui.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the attract screen may go to sleep: after {@code sleepAfter} with no one in front of the
 * kiosk (no presence, no touch, no card) it sleeps; presence or any activity wakes it. While the
 * presence sensor sees someone it stays awake, however long they stand there. {@code sleepAfter}
 * zero means never. Not thread-safe: the flow calls it under its own lock.
 */
final class AttractSleep {
  private final Duration sleepAfter;
  private boolean asleep;
  private boolean present;
  private Instant quietSince;

  AttractSleep(Duration sleepAfter, Instant now) {
    this.sleepAfter = Objects.requireNonNull(sleepAfter, "sleepAfter");
    this.quietSince = Objects.requireNonNull(now, "now");
  }

  boolean asleep() {
    return asleep;
  }

  /** Falls asleep if it has been quiet long enough; true when it just did. */
  boolean dozeOff(Instant now) {
    if (asleep || present || sleepAfter.isZero()) {
      return false;
    }
    if (Duration.between(quietSince, now).compareTo(sleepAfter) < 0) {
      return false;
    }
    asleep = true;
    return true;
  }

  /** Someone touched, scanned or placed a card, or a new screen came: awake from now on. */
  boolean wake(Instant now) {
    quietSince = now;
    boolean was = asleep;
    asleep = false;
    return was;
  }

  /**
   * The presence sensor's level: arriving wakes; leaving starts the quiet period. Returns true when
   * this woke the kiosk.
   */
  boolean presence(boolean seen, Instant now) {
    present = seen;
    return wake(now);
  }
}
