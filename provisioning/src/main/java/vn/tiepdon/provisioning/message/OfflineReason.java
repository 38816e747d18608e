package vn.tiepdon.provisioning.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a kiosk is offline. */
public enum OfflineReason {
  /** It said goodbye: the application was closed. */
  @JsonProperty("shutdown")
  SHUTDOWN,
  /** The broker published the Last Will: the connection died without a goodbye. */
  @JsonProperty("connection_lost")
  CONNECTION_LOST
}
