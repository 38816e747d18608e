package vn.tiepdon.devices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every device of the kiosk in one place: the current health of each, the overall state, change
 * notifications for the UI and telemetry, and self-tests for the staff screen.
 */
public final class HealthRegistry {
  private static final Logger log = LoggerFactory.getLogger(HealthRegistry.class);

  private final Map<DeviceId, Device> devices = new LinkedHashMap<>();
  private final Map<DeviceId, Subscription> subscriptions = new LinkedHashMap<>();
  private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();

  /** Adds a device; its later health changes are forwarded to this registry's listeners. */
  public synchronized void register(Device device) {
    Objects.requireNonNull(device, "device");
    if (devices.containsKey(device.id())) {
      throw new IllegalArgumentException("device " + device.id() + " is already registered");
    }
    devices.put(device.id(), device);
    subscriptions.put(device.id(), device.onHealthChange(this::forward));
  }

  public synchronized void unregister(DeviceId id) {
    devices.remove(id);
    Subscription subscription = subscriptions.remove(id);
    if (subscription != null) {
      subscription.cancel();
    }
  }

  /** The current health of every registered device, in registration order. */
  public synchronized List<DeviceHealth> snapshot() {
    List<DeviceHealth> all = new ArrayList<>();
    devices.values().forEach(d -> all.add(d.health()));
    return List.copyOf(all);
  }

  public synchronized Optional<DeviceHealth> healthOf(DeviceId id) {
    return Optional.ofNullable(devices.get(id)).map(Device::health);
  }

  /** The worst state of all devices; UP when none is registered. */
  public HealthState overall() {
    return snapshot().stream().map(DeviceHealth::state).reduce(HealthState.UP, HealthState::worst);
  }

  public Subscription addListener(HealthListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Runs the self-test of one device. */
  public SelfTestResult selfTest(DeviceId id) {
    Device device;
    synchronized (this) {
      device = devices.get(id);
    }
    if (device == null) {
      throw new IllegalArgumentException("no device " + id + " is registered");
    }
    return device.selfTest();
  }

  /** Runs every device's self-test, in registration order. */
  public Map<DeviceId, SelfTestResult> selfTestAll() {
    List<Device> all;
    synchronized (this) {
      all = List.copyOf(devices.values());
    }
    Map<DeviceId, SelfTestResult> results = new LinkedHashMap<>();
    all.forEach(d -> results.put(d.id(), d.selfTest()));
    return results;
  }

  private void forward(DeviceHealth previous, DeviceHealth current) {
    for (HealthListener listener : listeners) {
      try {
        listener.healthChanged(previous, current);
      } catch (RuntimeException e) {
        log.warn("registry health listener failed for {}", current.device(), e);
      }
    }
  }
}
