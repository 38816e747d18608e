package vn.tiepdon.ui.demo;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tiepdon.provisioning.fleet.FleetCallback;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;

/** Turns what the fleet listener receives into one readable line each, for the demo's live view. */
final class LiveHealthLines implements FleetCallback {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Consumer<String> lines;

  LiveHealthLines(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public void onStatus(KioskStatus status, Liveness liveness) {
    lines.accept(
        TIME.format(status.at())
            + "  status  "
            + status.kiosk()
            + "  "
            + liveness
            + "  (bdSeq "
            + status.bdSeq()
            + ")");
  }

  @Override
  public void onHealth(Health health) {
    String devices =
        health.devices().stream()
            .map(d -> d.name() + "=" + d.state())
            .collect(Collectors.joining(", "));
    lines.accept(
        TIME.format(health.at())
            + "  health  "
            + health.kiosk()
            + "  #"
            + health.seq()
            + "  "
            + devices
            + "  queue "
            + health.queue().issued()
            + " issued");
  }

  @Override
  public void onEvent(EventMessage event) {
    lines.accept(
        TIME.format(event.at())
            + "  event   "
            + event.kiosk()
            + "  "
            + event.type()
            + "  "
            + event.data());
  }
}
