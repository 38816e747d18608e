package vn.tiepdon.provisioning.telemetry;

import static vn.tiepdon.provisioning.telemetry.WireTokens.optionalToken;
import static vn.tiepdon.provisioning.telemetry.WireTokens.require;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireToken;

import java.time.Instant;

/**
 * One device's state for the health report, e.g. {@code printer}, {@code fault}, {@code paper_out},
 * since 08:12Z. {@code reason} is a code, {@code null} when the device is ok.
 */
public record DeviceStatus(String name, DeviceState state, String reason, Instant since) {
  public DeviceStatus {
    requireToken("device name", name, 32);
    require("device state", state);
    optionalToken("device reason", reason, 64);
    require("device since", since);
  }
}
