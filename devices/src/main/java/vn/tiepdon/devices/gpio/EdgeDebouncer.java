package vn.tiepdon.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Turns the raw edges of a mechanical contact or sensor into clean level changes. A change is taken
 * when it differs from the level taken last and comes at least {@code window} after the previous
 * raw edge; the bounces that follow a real edge within the window are dropped. If a real change was
 * dropped because it came too soon (a tap shorter than the window), the next edge outside the
 * window brings it back: both the missed change and the new one are taken, so that a quick release
 * is never lost and the next press still counts.
 *
 * <p>Pi4J providers that debounce in the kernel (gpiod) make this a no-op; the mock provider and
 * sysfs do not debounce at all.
 */
public final class EdgeDebouncer {
  private final Duration window;
  private final Clock clock;
  private boolean level;
  private boolean missed;
  private Instant lastEdge;

  public EdgeDebouncer(Duration window, Clock clock, boolean initialLevel) {
    this.window = Objects.requireNonNull(window, "window");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.level = initialLevel;
  }

  /** The level changes taken for a raw edge to {@code newLevel}: none, one, or two. */
  public synchronized List<Boolean> offer(boolean newLevel) {
    Instant now = clock.instant();
    boolean tooSoon = lastEdge != null && Duration.between(lastEdge, now).compareTo(window) < 0;
    lastEdge = now;
    if (tooSoon) {
      missed = newLevel != level;
      return List.of();
    }
    if (newLevel != level) {
      level = newLevel;
      missed = false;
      return List.of(newLevel);
    }
    if (missed) {
      missed = false;
      return List.of(!newLevel, newLevel);
    }
    return List.of();
  }

  public synchronized boolean level() {
    return level;
  }
}
