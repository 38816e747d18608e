package vn.tiepdon.provisioning.message;

import static vn.tiepdon.provisioning.telemetry.WireTokens.require;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireNotNegative;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * The retained {@code status} message. A birth ({@code online}) and the Last Will registered with
 * the same connection ({@code offline}, {@code connection_lost}) carry the same {@code bdSeq}; the
 * kiosk takes a new, higher {@code bdSeq} for every connection, so a consumer can tell a late death
 * of an old connection from the death of the current one (Sparkplug B's bdSeq).
 *
 * @param at when the state began: connect time for a birth and for its Will, close time for a
 *     shutdown
 * @param reason {@code null} when online
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KioskStatus(
    SiteId site,
    KioskId kiosk,
    Presence state,
    OfflineReason reason,
    @JsonProperty(required = true) long bdSeq,
    Instant at,
    String appVersion) {

  public KioskStatus {
    require("site", site);
    require("kiosk", kiosk);
    require("state", state);
    require("at", at);
    requireNotNegative("bdSeq", bdSeq);
    if ((state == Presence.ONLINE) != (reason == null)) {
      throw new IllegalArgumentException(
          "reason must be set exactly when offline, was state=" + state + " reason=" + reason);
    }
  }

  public static KioskStatus birth(KioskRef kiosk, long bdSeq, Instant at, String appVersion) {
    return new KioskStatus(
        kiosk.site(), kiosk.kiosk(), Presence.ONLINE, null, bdSeq, at, appVersion);
  }

  public static KioskStatus death(
      KioskRef kiosk, long bdSeq, Instant at, String appVersion, OfflineReason reason) {
    return new KioskStatus(
        kiosk.site(), kiosk.kiosk(), Presence.OFFLINE, reason, bdSeq, at, appVersion);
  }

  public KioskRef ref() {
    return new KioskRef(site, kiosk);
  }

  public boolean online() {
    return state == Presence.ONLINE;
  }
}
