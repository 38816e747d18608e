package vn.tiepdon.devices;

import java.util.Objects;

/**
 * What a device self-test found, for the staff screen: whether the device passed and the health it
 * reported afterwards (whose reason says what is wrong).
 */
public record SelfTestResult(boolean passed, DeviceHealth health) {
  public SelfTestResult {
    Objects.requireNonNull(health, "health");
  }

  /** A test passes when the device ends up usable (UP or DEGRADED). */
  public static SelfTestResult of(DeviceHealth health) {
    return new SelfTestResult(health.state() != HealthState.DOWN, health);
  }
}
