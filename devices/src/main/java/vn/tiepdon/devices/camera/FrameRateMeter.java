package vn.tiepdon.devices.camera;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Measures frame rate and frame age from frame timestamps, over the last {@code window} frames. */
public final class FrameRateMeter {
  private final int window;
  private final Deque<Instant> times = new ArrayDeque<>();

  public FrameRateMeter(int window) {
    if (window < 2) {
      throw new IllegalArgumentException("window must be >= 2 frames, was " + window);
    }
    this.window = window;
  }

  public synchronized void record(Instant at) {
    times.addLast(at);
    if (times.size() > window) {
      times.removeFirst();
    }
  }

  public synchronized double fps() {
    if (times.size() < 2) {
      return 0;
    }
    long nanos = Duration.between(times.getFirst(), times.getLast()).toNanos();
    return nanos <= 0 ? 0 : (times.size() - 1) * 1e9 / nanos;
  }

  public synchronized Optional<Duration> age(Instant now) {
    return times.isEmpty() ? Optional.empty() : Optional.of(Duration.between(times.getLast(), now));
  }

  public synchronized void clear() {
    times.clear();
  }
}
