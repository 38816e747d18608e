package vn.tiepdon.ui.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock in front of the staff screen: a PIN, and a lockout after too many wrong ones. The kiosk
 * stands in a public hall, so guessing must stop long before it can succeed.
 */
public final class StaffLock {
  private static final Logger log = LoggerFactory.getLogger(StaffLock.class);

  private final Optional<Predicate<char[]>> pin;
  private final int maxAttempts;
  private final Duration lockout;
  private final Clock clock;
  private int failed;
  private Instant lockedUntil = Instant.MIN;

  /**
   * @param pin checks a PIN against the configured hash; empty when no PIN is configured, which
   *     keeps the staff screen shut
   */
  public StaffLock(
      Optional<Predicate<char[]>> pin, int maxAttempts, Duration lockout, Clock clock) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.pin = pin;
    this.maxAttempts = maxAttempts;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** What one PIN entry led to. */
  public sealed interface Outcome {}

  public record Opened() implements Outcome {}

  public record Wrong(int attemptsLeft) implements Outcome {}

  public record Locked(Instant until) implements Outcome {}

  public record NoPinConfigured() implements Outcome {}

  /** Checks an entered PIN and wipes the entry array. */
  public synchronized Outcome enter(char[] entered) {
    try {
      if (pin.isEmpty()) {
        return new NoPinConfigured();
      }
      Instant now = clock.instant();
      if (now.isBefore(lockedUntil)) {
        return new Locked(lockedUntil);
      }
      if (pin.get().test(entered)) {
        failed = 0;
        log.info("staff screen opened");
        return new Opened();
      }
      failed++;
      if (failed >= maxAttempts) {
        failed = 0;
        lockedUntil = now.plus(lockout);
        log.warn("staff PIN locked until {} after {} wrong entries", lockedUntil, maxAttempts);
        return new Locked(lockedUntil);
      }
      log.info("wrong staff PIN ({} left)", maxAttempts - failed);
      return new Wrong(maxAttempts - failed);
    } finally {
      if (entered != null) {
        Arrays.fill(entered, '\0');
      }
    }
  }

  public synchronized boolean locked() {
    return clock.instant().isBefore(lockedUntil);
  }
}
