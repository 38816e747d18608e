package vn.tiepdon.devices;

/** Told when a device's health changes state or reason. */
@FunctionalInterface
public interface HealthListener {
  void healthChanged(DeviceHealth previous, DeviceHealth current);
}
