package vn.tiepdon.provisioning.telemetry;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the last few errors in memory for the health report; older ones fall off. */
public final class RecentErrors implements RecentErrorSource {
  private final Clock clock;
  private final int capacity;
  private final Deque<RecentError> errors = new ArrayDeque<>();

  public RecentErrors(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    this.clock = clock;
    this.capacity = capacity;
  }

  /** Records an error now; see {@link RecentError} for what component and code may hold. */
  public void record(String component, String code) {
    RecentError error = new RecentError(clock.instant(), component, code);
    synchronized (errors) {
      errors.addLast(error);
      while (errors.size() > capacity) {
        errors.removeFirst();
      }
    }
  }

  @Override
  public List<RecentError> recentErrors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }
}
