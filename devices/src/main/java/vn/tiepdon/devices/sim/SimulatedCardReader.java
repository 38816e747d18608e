package vn.tiepdon.devices.sim;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.card.CardReader;

/**
 * A chip reader on which the control panel or a test places and removes cards. The card payload
 * (e.g. citizen-id's software chip) is handed over untouched. Listener calls happen on the caller's
 * thread.
 */
public final class SimulatedCardReader<T> implements CardReader<T> {
  private final DeviceId id;
  private final Clock clock;
  private final HealthTracker health;
  private final List<CardListener<T>> listeners = new CopyOnWriteArrayList<>();
  private CardHandle<T> current;
  private long placements;
  private boolean started;
  private boolean plugged = true;
  private boolean closed;

  public SimulatedCardReader(DeviceId id, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.health = new HealthTracker(id, clock);
  }

  @Override
  public synchronized void start(CardListener<T> listener) {
    if (started) {
      throw new IllegalStateException(id + " is already started");
    }
    listeners.add(Objects.requireNonNull(listener, "listener"));
    started = true;
    refreshHealth();
  }

  /**
   * Places {@code card} on the reader; a card already there is removed first. Returns the handle,
   * or empty when the reader cannot see it (not started, unplugged, closed).
   */
  public Optional<CardHandle<T>> place(T card) {
    Objects.requireNonNull(card, "card");
    remove();
    CardHandle<T> handle;
    synchronized (this) {
      if (!live()) {
        return Optional.empty();
      }
      handle = new CardHandle<>(++placements, clock.instant(), card);
      current = handle;
    }
    listeners.forEach(l -> l.placed(handle));
    return Optional.of(handle);
  }

  /** Takes the card off the reader; returns false when there was none. */
  public boolean remove() {
    CardHandle<T> removed;
    synchronized (this) {
      removed = current;
      current = null;
    }
    if (removed == null) {
      return false;
    }
    listeners.forEach(l -> l.removed(removed));
    return true;
  }

  /** Pulls the reader's cable: a card on it counts as removed, health DOWN. */
  public void unplug() {
    remove();
    synchronized (this) {
      plugged = false;
      refreshHealth();
    }
  }

  public synchronized void plugIn() {
    plugged = true;
    refreshHealth();
  }

  @Override
  public synchronized Optional<CardHandle<T>> currentCard() {
    return Optional.ofNullable(current);
  }

  private boolean live() {
    return started && plugged && !closed;
  }

  private void refreshHealth() {
    if (closed) {
      health.down(HealthReason.CLOSED, "closed");
    } else if (!plugged) {
      health.down(HealthReason.UNPLUGGED, "simulated card reader unplugged");
    } else if (started) {
      health.up();
    }
  }

  @Override
  public DeviceId id() {
    return id;
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  @Override
  public SelfTestResult selfTest() {
    return SelfTestResult.of(health.current());
  }

  @Override
  public void close() {
    remove();
    synchronized (this) {
      closed = true;
      refreshHealth();
    }
  }
}
