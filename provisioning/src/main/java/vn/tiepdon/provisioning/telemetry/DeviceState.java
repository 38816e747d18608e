package vn.tiepdon.provisioning.telemetry;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a device is doing, as far as the kiosk can tell. */
public enum DeviceState {
  @JsonProperty("ok")
  OK,
  /** Works but needs attention soon, e.g. printer paper near its end. */
  @JsonProperty("degraded")
  DEGRADED,
  @JsonProperty("fault")
  FAULT,
  /** Not connected or not answering. */
  @JsonProperty("offline")
  OFFLINE,
  @JsonProperty("unknown")
  UNKNOWN
}
