package vn.tiepdon.ui.app;

import java.util.List;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthRegistry;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.DeviceStatusSource;

/** Hands the devices' health to telemetry, which must not know the devices module. */
final class DeviceHealthBridge implements DeviceStatusSource {
  private final HealthRegistry registry;

  DeviceHealthBridge(HealthRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<DeviceStatus> deviceStatuses() {
    // A device this kiosk's configuration does not use (e.g. the camera before face
    // verification is enabled) is never started: reporting it as a fault would page IT for nothing.
    return registry.snapshot().stream()
        .filter(health -> health.reason() != HealthReason.NOT_STARTED)
        .map(DeviceHealthBridge::status)
        .toList();
  }

  static DeviceStatus status(DeviceHealth health) {
    return new DeviceStatus(
        wireName(health.device()), state(health), health.reason().name(), health.since());
  }

  /** Telemetry takes codes only: {@code scanner:main} rather than the path-like display name. */
  static String wireName(vn.tiepdon.devices.DeviceId device) {
    return device.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + device.name();
  }

  private static DeviceState state(DeviceHealth health) {
    if (health.reason() == HealthReason.STANDBY) {
      return DeviceState.OK; // resting on purpose while the kiosk sleeps: nothing for IT to do
    }
    return switch (health.state()) {
      case UP -> DeviceState.OK;
      case DEGRADED -> DeviceState.DEGRADED;
      case DOWN -> DeviceState.FAULT;
    };
  }
}
