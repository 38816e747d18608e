package vn.tiepdon.provisioning.fleet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * The live fleet table: one row per kiosk built from what a {@link FleetListener} hears. Alerts
 * that depend on time (offline too long, silent) are judged when {@link #rows()} is called, so a
 * view that asks every second sees them appear without a new message.
 *
 * <p>Thread-safe: the listener feeds it on the transport's thread while a view reads it.
 */
public final class FleetTable implements FleetCallback {
  private final Clock clock;
  private final AlertRules rules;
  private final Map<KioskRef, Entry> entries = new HashMap<>();
  private final List<Consumer<KioskRef>> listeners = new CopyOnWriteArrayList<>();

  public FleetTable(Clock clock, AlertRules rules) {
    this.clock = clock;
    this.rules = rules;
  }

  /** Told (on the transport's thread) whenever a kiosk's row changed. */
  public void onChange(Consumer<KioskRef> listener) {
    listeners.add(listener);
  }

  @Override
  public void onStatus(KioskStatus status, Liveness liveness) {
    if (liveness == Liveness.STALE_DEATH) {
      // An old connection's Will after a newer birth: the kiosk is still there.
      return;
    }
    update(status.ref(), entry -> entry.status = status);
  }

  @Override
  public void onHealth(Health health) {
    update(health.ref(), entry -> entry.health = health);
  }

  @Override
  public void onEvent(EventMessage event) {
    update(event.ref(), entry -> entry.events++);
  }

  private void update(KioskRef kiosk, Consumer<Entry> change) {
    synchronized (this) {
      Entry entry = entries.computeIfAbsent(kiosk, k -> new Entry());
      change.accept(entry);
      entry.lastSeen = clock.instant();
    }
    listeners.forEach(listener -> listener.accept(kiosk));
  }

  /** Every kiosk heard of, sorted by site and kiosk, with alerts judged now. */
  public List<KioskRow> rows() {
    Instant now = clock.instant();
    List<KioskRow> rows = new ArrayList<>();
    synchronized (this) {
      entries.forEach((kiosk, entry) -> rows.add(entry.row(kiosk, now, rules)));
    }
    rows.sort(
        Comparator.comparing((KioskRow r) -> r.kiosk().site().value())
            .thenComparing(r -> r.kiosk().kiosk().value()));
    return rows;
  }

  public Optional<KioskRow> row(KioskRef kiosk) {
    Instant now = clock.instant();
    synchronized (this) {
      Entry entry = entries.get(kiosk);
      return entry == null ? Optional.empty() : Optional.of(entry.row(kiosk, now, rules));
    }
  }

  public synchronized int size() {
    return entries.size();
  }

  /** What is known of one kiosk; guarded by the table's lock. */
  private static final class Entry {
    KioskStatus status;
    Health health;
    long events;
    Instant lastSeen;

    KioskRow row(KioskRef kiosk, Instant now, AlertRules rules) {
      boolean online = status == null || status.online();
      OfflineReason reason = online ? null : status.reason();
      Instant since = since(online);
      List<DeviceStatus> devices = health == null ? List.of() : health.devices();
      QueueFigures queue = health == null ? null : health.queue();
      long pending = health == null ? 0 : health.outbox().pending();
      long dropped = health == null ? 0 : health.outbox().dropped();
      List<Alert> alerts = new ArrayList<>();
      if (!online && Duration.between(since, now).compareTo(rules.offlineAfter()) > 0) {
        alerts.add(Alert.of(AlertKind.OFFLINE));
      }
      if (online && Duration.between(lastSeen, now).compareTo(rules.silentAfter()) > 0) {
        alerts.add(Alert.of(AlertKind.SILENT));
      }
      devices.stream()
          .filter(KioskRow::isDown)
          .forEach(d -> alerts.add(new Alert(AlertKind.DEVICE_DOWN, d.name())));
      devices.stream()
          .filter(KioskRow::reportsPaperLow)
          .forEach(d -> alerts.add(new Alert(AlertKind.PAPER_LOW, d.name())));
      if (pending >= rules.outboxBacklog()) {
        alerts.add(Alert.of(AlertKind.OUTBOX_BACKLOG));
      }
      if (dropped > 0) {
        alerts.add(Alert.of(AlertKind.OUTBOX_DROPPED));
      }
      return new KioskRow(
          kiosk,
          online,
          reason,
          status == null ? -1 : status.bdSeq(),
          since,
          lastSeen,
          version(),
          devices,
          queue,
          pending,
          dropped,
          events,
          alerts);
    }

    /**
     * A Will carries its connection's connect time, not the time of death; the last health report
     * of that connection is a later bound for when the kiosk was last alive.
     */
    private Instant since(boolean online) {
      if (status == null) {
        return health != null ? health.at() : lastSeen;
      }
      if (!online
          && status.reason() == OfflineReason.CONNECTION_LOST
          && health != null
          && health.bdSeq() == status.bdSeq()
          && health.at().isAfter(status.at())) {
        return health.at();
      }
      return status.at();
    }

    private String version() {
      if (health != null && health.appVersion() != null) {
        return health.appVersion();
      }
      return status == null || status.appVersion() == null ? "" : status.appVersion();
    }
  }
}
