package vn.tiepdon.provisioning.message;

import static vn.tiepdon.provisioning.telemetry.WireTokens.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentError;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * The periodic {@code health} message. {@code seq} counts reports since the application started
 * (from 1), so a consumer sees gaps; {@code bdSeq} is that of the latest connection attempt. No
 * personal data: codes and counts only.
 */
public record Health(
    SiteId site,
    KioskId kiosk,
    @JsonProperty(required = true) long bdSeq,
    @JsonProperty(required = true) long seq,
    Instant at,
    String appVersion,
    @JsonProperty(required = true) long uptimeSeconds,
    HostFigures host,
    List<DeviceStatus> devices,
    QueueFigures queue,
    List<RecentError> lastErrors,
    OutboxFigures outbox) {

  public Health {
    require("site", site);
    require("kiosk", kiosk);
    require("at", at);
    require("host", host);
    require("queue", queue);
    require("outbox", outbox);
    devices = List.copyOf(require("devices", devices));
    lastErrors = List.copyOf(require("lastErrors", lastErrors));
  }

  public KioskRef ref() {
    return new KioskRef(site, kiosk);
  }
}
