package vn.tiepdon.ui.flow;

import java.time.Duration;

/** Timing and retry rules of a patient session. */
public record FlowRules(
    Duration idleTimeout, Duration idleWarning, Duration goodbyeFor, int triesPerStep) {
  public FlowRules {
    if (idleWarning.compareTo(idleTimeout) > 0) {
      throw new IllegalArgumentException(
          "idleWarning must not exceed idleTimeout, was " + idleWarning + " > " + idleTimeout);
    }
    if (triesPerStep < 1) {
      throw new IllegalArgumentException("triesPerStep must be at least 1, was " + triesPerStep);
    }
  }

  public static FlowRules defaults() {
    return new FlowRules(Duration.ofSeconds(45), Duration.ofSeconds(10), Duration.ofSeconds(8), 3);
  }
}
