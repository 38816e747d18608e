package vn.tiepdon.devices.gpio;

import java.time.Duration;
import java.util.List;

/** Buzzer patterns: alternating on and off times, starting with on. */
public enum BeepPattern {
  /** A key or card was taken: one short tick. */
  KEY(50),
  /** A step succeeded (card read, ticket printed). */
  OK(120),
  /** Something needs the patient's attention: two beeps. */
  ATTENTION(100, 100, 100),
  /** A failure: two long beeps. */
  ERROR(400, 150, 400),
  /** The self-test beep. */
  SELF_TEST(80);

  private final List<Duration> steps;

  BeepPattern(long... millis) {
    this.steps = java.util.Arrays.stream(millis).mapToObj(Duration::ofMillis).toList();
  }

  /** On, off, on, ... durations; always an odd count so that the pattern ends silent. */
  public List<Duration> steps() {
    return steps;
  }

  /** How many times the buzzer sounds. */
  public int beeps() {
    return (steps.size() + 1) / 2;
  }
}
