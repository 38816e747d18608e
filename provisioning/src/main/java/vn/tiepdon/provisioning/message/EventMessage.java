package vn.tiepdon.provisioning.message;

import static vn.tiepdon.provisioning.telemetry.WireTokens.require;

import java.time.Instant;
import java.util.UUID;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * An {@code event} message: the event plus a unique {@code id} (consumers drop repeats: delivery is
 * at least once) and the time the kiosk recorded it.
 */
public record EventMessage(
    UUID id, SiteId site, KioskId kiosk, Instant at, EventType type, KioskEvent data) {

  public EventMessage {
    require("id", id);
    require("site", site);
    require("kiosk", kiosk);
    require("at", at);
    require("data", data);
    if (type == null) {
      type = data.type();
    }
    if (type != data.type()) {
      throw new IllegalArgumentException(
          "type " + type + " does not match data of type " + data.type());
    }
  }

  public static EventMessage of(UUID id, KioskRef kiosk, Instant at, KioskEvent data) {
    return new EventMessage(id, kiosk.site(), kiosk.kiosk(), at, data.type(), data);
  }

  public KioskRef ref() {
    return new KioskRef(site, kiosk);
  }
}
