package vn.tiepdon.provisioning.health;

import vn.tiepdon.provisioning.telemetry.DeviceStatusSource;
import vn.tiepdon.provisioning.telemetry.QueueFiguresSource;
import vn.tiepdon.provisioning.telemetry.RecentErrorSource;

/**
 * Everything the health report reads besides the clock: the application's version and the small
 * suppliers the composition root adapts from the other modules.
 */
public record HealthSources(
    String appVersion,
    DeviceStatusSource devices,
    QueueFiguresSource queue,
    RecentErrorSource errors,
    HostProbe host) {

  public HealthSources {
    if (appVersion == null || appVersion.isBlank()) {
      throw new IllegalArgumentException("appVersion is required");
    }
    if (devices == null || queue == null || errors == null || host == null) {
      throw new IllegalArgumentException("devices, queue, errors and host sources are required");
    }
  }
}
