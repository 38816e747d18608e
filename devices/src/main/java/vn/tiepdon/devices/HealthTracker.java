package vn.tiepdon.devices;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one device's current health and tells listeners when its state or reason changes. Each
 * adapter and simulator owns one; {@code since} only moves when the condition really changes, so
 * "DOWN since 08:14" stays true while the same fault persists.
 */
public final class HealthTracker {
  private static final Logger log = LoggerFactory.getLogger(HealthTracker.class);

  private final Clock clock;
  private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
  private DeviceHealth current;

  /** Starts DOWN with reason NOT_STARTED. */
  public HealthTracker(DeviceId device, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.current =
        DeviceHealth.down(device, HealthReason.NOT_STARTED, "not started", clock.instant());
  }

  public synchronized DeviceHealth current() {
    return current;
  }

  public DeviceHealth up() {
    return report(HealthState.UP, HealthReason.OK, "");
  }

  public DeviceHealth degraded(HealthReason reason, String detail) {
    return report(HealthState.DEGRADED, reason, detail);
  }

  public DeviceHealth down(HealthReason reason, String detail) {
    return report(HealthState.DOWN, reason, detail);
  }

  /** Reports {@code reason} with its usual state. */
  public DeviceHealth report(HealthReason reason, String detail) {
    return report(reason.usualState(), reason, detail);
  }

  private DeviceHealth report(HealthState state, HealthReason reason, String detail) {
    DeviceHealth previous;
    DeviceHealth next;
    synchronized (this) {
      previous = current;
      if (previous.state() == state && previous.reason() == reason) {
        return previous;
      }
      next = new DeviceHealth(previous.device(), state, reason, detail, clock.instant());
      current = next;
    }
    log.info("{} health {} -> {} ({}) {}", next.device(), previous.state(), state, reason, detail);
    for (HealthListener listener : listeners) {
      try {
        listener.healthChanged(previous, next);
      } catch (RuntimeException e) {
        log.warn("health listener failed for {}", next.device(), e);
      }
    }
    return next;
  }

  public Subscription addListener(HealthListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
