package vn.tiepdon.provisioning.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a kiosk is connected to the broker. */
public enum Presence {
  @JsonProperty("online")
  ONLINE,
  @JsonProperty("offline")
  OFFLINE
}
