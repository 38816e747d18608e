package vn.tiepdon.provisioning.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.tiepdon.provisioning.fleet.FleetCallback;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.topic.KioskRef;

/** A fleet consumer that keeps what it was told, as a fleet table would. */
public final class RecordingFleet implements FleetCallback {
  public record Judged(KioskStatus status, Liveness liveness) {}

  public final List<Judged> statuses = new CopyOnWriteArrayList<>();
  public final List<Health> health = new CopyOnWriteArrayList<>();
  public final List<EventMessage> events = new CopyOnWriteArrayList<>();
  public final List<String> rejected = new CopyOnWriteArrayList<>();

  /** The statuses of one kiosk, in arrival order. */
  public List<Judged> statusesOf(KioskRef kiosk) {
    return statuses.stream().filter(j -> j.status().ref().equals(kiosk)).toList();
  }

  @Override
  public void onStatus(KioskStatus status, Liveness liveness) {
    statuses.add(new Judged(status, liveness));
  }

  @Override
  public void onHealth(Health report) {
    health.add(report);
  }

  @Override
  public void onEvent(EventMessage event) {
    events.add(event);
  }

  @Override
  public void onRejected(String topic, String problem) {
    rejected.add(topic + ": " + problem);
  }
}
