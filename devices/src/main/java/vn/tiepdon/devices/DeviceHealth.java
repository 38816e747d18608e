package vn.tiepdon.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * The health of one device at one moment: its state, the typed reason, a developer detail for logs
 * (English, no personal data) and since when the device has been in this state with this reason.
 */
public record DeviceHealth(
    DeviceId device, HealthState state, HealthReason reason, String detail, Instant since) {

  public DeviceHealth {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(since, "since");
    if ((state == HealthState.UP) != (reason == HealthReason.OK)) {
      throw new IllegalArgumentException(
          "reason OK goes with state UP and only with it, was state "
              + state
              + " with reason "
              + reason);
    }
  }

  public static DeviceHealth up(DeviceId device, Instant since) {
    return new DeviceHealth(device, HealthState.UP, HealthReason.OK, "", since);
  }

  public static DeviceHealth degraded(
      DeviceId device, HealthReason reason, String detail, Instant since) {
    return new DeviceHealth(device, HealthState.DEGRADED, reason, detail, since);
  }

  public static DeviceHealth down(
      DeviceId device, HealthReason reason, String detail, Instant since) {
    return new DeviceHealth(device, HealthState.DOWN, reason, detail, since);
  }

  public boolean isUp() {
    return state == HealthState.UP;
  }

  /** Same state and reason: a change of detail alone is not a health change. */
  public boolean sameCondition(DeviceHealth other) {
    return state == other.state && reason == other.reason;
  }
}
