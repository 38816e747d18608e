package vn.tiepdon.ui.config;

import java.time.Duration;
import java.util.Optional;
import vn.tiepdon.payment.webhook.WebhookSettings;

/**
 * Where a cashier desk keeps its data, listens for bank webhooks and writes its reports.
 *
 * @param id the desk's name (in logs)
 * @param database a SQLite file path, or a {@code jdbc:postgresql:} URL for a hospital-wide desk
 * @param webhookPort where SePay / Casso / payOS notifications arrive (1024–65535, default 8088)
 * @param webhookBind the interface the endpoint listens on (default {@code 127.0.0.1}, behind the
 *     hospital's HTTPS reverse proxy)
 * @param sepayApiKey SePay "API Key"; empty: SePay not served
 * @param cassoChecksumKey Casso webhook v2 key; empty: Casso not served
 * @param payOsChecksumKey payOS checksum key; empty: payOS not served
 * @param exportFolder where the day's report is written (default {@code var/desk/reports})
 * @param refreshInterval how often the tables re-read the database (another desk or kiosk may write
 *     to it); 500 ms to 1 minute, default 2 s
 */
public record DeskSettings(
    String id,
    String database,
    Integer webhookPort,
    String webhookBind,
    String sepayApiKey,
    String cassoChecksumKey,
    String payOsChecksumKey,
    String exportFolder,
    Duration refreshInterval) {
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(2);

  public DeskSettings {
    Settings.requireText("id", id);
    database = database == null || database.isBlank() ? "var/desk/desk.db" : database.strip();
    webhookPort = webhookPort == null ? 8088 : webhookPort;
    Settings.requireBetween("webhookPort", webhookPort, 1024, 65535);
    webhookBind = webhookBind == null || webhookBind.isBlank() ? "127.0.0.1" : webhookBind.strip();
    sepayApiKey = sepayApiKey == null ? "" : sepayApiKey.strip();
    cassoChecksumKey = cassoChecksumKey == null ? "" : cassoChecksumKey.strip();
    payOsChecksumKey = payOsChecksumKey == null ? "" : payOsChecksumKey.strip();
    exportFolder =
        exportFolder == null || exportFolder.isBlank() ? "var/desk/reports" : exportFolder.strip();
    refreshInterval = refreshInterval == null ? DEFAULT_REFRESH : refreshInterval;
    Settings.requireBetween(
        "refreshInterval", refreshInterval, Duration.ofMillis(500), Duration.ofMinutes(1));
    webhooks(webhookBind, webhookPort, sepayApiKey, cassoChecksumKey, payOsChecksumKey);
  }

  /** True for a hospital-wide desk on PostgreSQL. */
  public boolean usesPostgres() {
    return database.startsWith("jdbc:postgresql:");
  }

  /** The webhook endpoint's settings; empty when no provider has a secret (no endpoint). */
  public Optional<WebhookSettings> webhooks() {
    return webhooks(webhookBind, webhookPort, sepayApiKey, cassoChecksumKey, payOsChecksumKey);
  }

  private static Optional<WebhookSettings> webhooks(
      String bind, int port, String sepay, String casso, String payOs) {
    if (sepay.isEmpty() && casso.isEmpty() && payOs.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new WebhookSettings(bind, port, sepay, casso, payOs, null));
    } catch (IllegalArgumentException e) {
      // WebhookSettings names its keys as payment.webhooks.*; here they live under desk.
      throw new IllegalArgumentException(e.getMessage().replaceFirst("^payment\\.webhooks\\.", ""));
    }
  }

  /** Never prints the secrets. */
  @Override
  public String toString() {
    return "DeskSettings[id="
        + id
        + ", database="
        + (usesPostgres() ? database.replaceAll("password=[^&]*", "password=***") : database)
        + ", webhookPort="
        + webhookPort
        + ", webhookBind="
        + webhookBind
        + ", sepay="
        + !sepayApiKey.isEmpty()
        + ", casso="
        + !cassoChecksumKey.isEmpty()
        + ", payos="
        + !payOsChecksumKey.isEmpty()
        + ", exportFolder="
        + exportFolder
        + ", refreshInterval="
        + refreshInterval
        + "]";
  }
}
