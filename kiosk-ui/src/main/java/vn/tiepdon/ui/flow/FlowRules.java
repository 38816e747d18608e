package vn.tiepdon.ui.flow;

import java.time.Duration;

/**
 * Timing and retry rules of a patient session.
 *
 * @param sleepAfter the attract screen sleeps (screen dark, camera off) after this long with no one
 *     in front of the kiosk; zero: never
 */
public record FlowRules(
    Duration idleTimeout,
    Duration idleWarning,
    Duration goodbyeFor,
    int triesPerStep,
    Duration sleepAfter) {
  public FlowRules {
    if (idleWarning.compareTo(idleTimeout) > 0) {
      throw new IllegalArgumentException(
          "idleWarning must not exceed idleTimeout, was " + idleWarning + " > " + idleTimeout);
    }
    if (triesPerStep < 1) {
      throw new IllegalArgumentException("triesPerStep must be at least 1, was " + triesPerStep);
    }
    if (sleepAfter.isNegative()) {
      throw new IllegalArgumentException("sleepAfter must not be negative, was " + sleepAfter);
    }
  }

  /** Rules whose attract screen never sleeps. */
  public FlowRules(
      Duration idleTimeout, Duration idleWarning, Duration goodbyeFor, int triesPerStep) {
    this(idleTimeout, idleWarning, goodbyeFor, triesPerStep, Duration.ZERO);
  }

  /** The same rules with the attract screen sleeping after {@code quiet} (zero: never). */
  public FlowRules withSleepAfter(Duration quiet) {
    return new FlowRules(idleTimeout, idleWarning, goodbyeFor, triesPerStep, quiet);
  }

  public static FlowRules defaults() {
    return new FlowRules(Duration.ofSeconds(45), Duration.ofSeconds(10), Duration.ofSeconds(8), 3);
  }
}
