package vn.tiepdon.ui.fleet;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tiepdon.provisioning.fleet.Alert;
import vn.tiepdon.provisioning.fleet.KioskRow;

/** One fleet row as the words a person reads, for the console and {@code fleet status}. */
public final class FleetRowText {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private FleetRowText() {}

  /** kiosk, state, since, last seen, version, faults, paper, outbox, alerts. */
  public static String[] cells(KioskRow row, FleetTexts texts) {
    return new String[] {
      row.kiosk().toString(),
      state(row, texts),
      time(row.since()),
      time(row.lastSeen()),
      row.appVersion(),
      faults(row),
      texts.get(row.paperLow() ? "paper.low" : "paper.ok"),
      Long.toString(row.outboxPending()),
      alerts(row.alerts(), texts)
    };
  }

  public static String state(KioskRow row, FleetTexts texts) {
    if (row.online()) {
      return texts.get("state.online");
    }
    return texts.get("state.offline")
        + (row.offlineReason() == null
            ? ""
            : " (" + row.offlineReason().name().toLowerCase(Locale.ROOT) + ")");
  }

  public static String faults(KioskRow row) {
    return row.faults().stream()
        .map(d -> d.name() + "=" + (d.reason() == null ? d.state().name() : d.reason()))
        .collect(Collectors.joining(", "));
  }

  public static String alerts(List<Alert> alerts, FleetTexts texts) {
    return alerts.stream().map(a -> alert(a, texts)).collect(Collectors.joining(", "));
  }

  public static String alert(Alert alert, FleetTexts texts) {
    return texts.get("alert." + alert.kind().name(), alert.subject());
  }

  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** Whether the row matches a filter text (any cell, case-insensitive); blank matches all. */
  public static boolean matches(KioskRow row, FleetTexts texts, String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    String needle = filter.strip().toLowerCase(texts.locale());
    for (String cell : cells(row, texts)) {
      if (cell.toLowerCase(texts.locale()).contains(needle)) {
        return true;
      }
    }
    return row.alerts().stream()
        .anyMatch(a -> a.kind().name().toLowerCase(Locale.ROOT).contains(needle));
  }
}
