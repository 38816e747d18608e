package vn.tiepdon.provisioning.fleet;

import java.time.Instant;
import java.util.List;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * One kiosk as the fleet table shows it at one moment. Codes and counts only, like the telemetry it
 * comes from.
 *
 * @param online the latest status that counted (by bdSeq); a kiosk heard only through health is
 *     taken as online
 * @param offlineReason {@code null} while online
 * @param bdSeq birth sequence of the status that counted, -1 if no status was heard yet
 * @param since when the current state began, on the kiosk's clock (birth: connect time; goodbye:
 *     close time; Will: the later of connect time and the last health report)
 * @param lastSeen when this console last heard anything from the kiosk, on the console's clock
 * @param appVersion {@code ""} until a status or health message names it
 * @param devices every device of the last health report
 * @param queue today's queue figures from the last health report, {@code null} before one
 * @param outboxPending undelivered messages in the kiosk's outbox, from the last health report
 * @param outboxDropped messages the kiosk's outbox limits dropped, from the last health report
 * @param events events received from the kiosk since this console started
 * @param alerts what needs attention now, by {@link AlertRules}
 */
public record KioskRow(
    KioskRef kiosk,
    boolean online,
    OfflineReason offlineReason,
    long bdSeq,
    Instant since,
    Instant lastSeen,
    String appVersion,
    List<DeviceStatus> devices,
    QueueFigures queue,
    long outboxPending,
    long outboxDropped,
    long events,
    List<Alert> alerts) {

  public KioskRow {
    if (kiosk == null || since == null || lastSeen == null) {
      throw new IllegalArgumentException("kiosk, since and lastSeen are required");
    }
    appVersion = appVersion == null ? "" : appVersion;
    devices = List.copyOf(devices);
    alerts = List.copyOf(alerts);
  }

  /** Devices that are not fully working: {@code degraded}, {@code fault}, {@code offline}. */
  public List<DeviceStatus> faults() {
    return devices.stream().filter(d -> d.state() != DeviceState.OK).toList();
  }

  /** Paper near its end or out, as the printer reports it ({@code PAPER_NEAR_END}, ...). */
  public boolean paperLow() {
    return devices.stream().anyMatch(KioskRow::reportsPaperLow);
  }

  static boolean reportsPaperLow(DeviceStatus device) {
    return device.reason() != null
        && device.reason().toLowerCase(java.util.Locale.ROOT).startsWith("paper");
  }

  static boolean isDown(DeviceStatus device) {
    return device.state() == DeviceState.FAULT || device.state() == DeviceState.OFFLINE;
  }

  public boolean hasAlerts() {
    return !alerts.isEmpty();
  }
}
