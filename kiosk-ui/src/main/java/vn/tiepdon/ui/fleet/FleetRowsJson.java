package vn.tiepdon.ui.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiepdon.provisioning.fleet.Alert;
import vn.tiepdon.provisioning.fleet.KioskRow;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;

/** The fleet table as plain maps for JSON (stable key order), as {@code fleet status --json}. */
public final class FleetRowsJson {
  private FleetRowsJson() {}

  public static List<Map<String, Object>> of(List<KioskRow> rows) {
    return rows.stream().map(FleetRowsJson::row).toList();
  }

  static Map<String, Object> row(KioskRow row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("site", row.kiosk().site().value());
    json.put("kiosk", row.kiosk().kiosk().value());
    json.put("online", row.online());
    json.put("offlineReason", row.offlineReason() == null ? null : row.offlineReason().name());
    json.put("bdSeq", row.bdSeq());
    json.put("since", row.since().toString());
    json.put("lastSeen", row.lastSeen().toString());
    json.put("version", row.appVersion());
    json.put("faults", row.faults().stream().map(FleetRowsJson::device).toList());
    json.put("paperLow", row.paperLow());
    json.put("outboxPending", row.outboxPending());
    json.put("outboxDropped", row.outboxDropped());
    if (row.queue() == null) {
      json.put("queue", null);
    } else {
      Map<String, Object> queue = new LinkedHashMap<>();
      queue.put("issued", row.queue().issued());
      queue.put("waiting", row.queue().waiting());
      queue.put("served", row.queue().served());
      json.put("queue", queue);
    }
    json.put("events", row.events());
    json.put("alerts", row.alerts().stream().map(FleetRowsJson::alert).toList());
    return json;
  }

  private static Map<String, Object> device(DeviceStatus device) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("device", device.name());
    json.put("state", device.state().name());
    json.put("reason", device.reason());
    return json;
  }

  private static Map<String, Object> alert(Alert alert) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", alert.kind().name());
    json.put("subject", alert.subject());
    return json;
  }
}
