package vn.tiepdon.provisioning;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * The {@code telemetry:} section of the kiosk YAML. Unset optional values take the defaults below;
 * every value is checked here so a bad file fails at start-up with the field named.
 *
 * @param brokerUrl {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param siteId the hospital site, a topic level
 * @param kioskId this kiosk, a topic level
 * @param username per-kiosk broker user; blank for a broker without authentication
 * @param password the user's password; never logged
 * @param caCertPath PEM file with the CA that signed the broker's certificate ({@code ssl://}
 *     only); blank to use the JVM's trust store
 * @param healthInterval time between health reports, default 60 s
 * @param keepAlive MQTT keep-alive, default 30 s; the broker declares the kiosk lost after 1.5×
 * @param reconnectDelay first wait before reconnecting, doubled up to {@code reconnectMaxDelay}
 * @param reconnectMaxDelay longest wait between reconnect attempts, default 60 s
 * @param outbox store-and-forward limits
 */
public record TelemetrySettings(
    String brokerUrl,
    String siteId,
    String kioskId,
    String username,
    String password,
    String caCertPath,
    Duration healthInterval,
    Duration keepAlive,
    Duration reconnectDelay,
    Duration reconnectMaxDelay,
    OutboxLimits outbox) {

  public TelemetrySettings {
    brokerUrl = requireBrokerUrl(brokerUrl);
    new SiteId(siteId);
    new KioskId(kioskId);
    username = blankToEmpty(username);
    password = password == null ? "" : password;
    caCertPath = blankToEmpty(caCertPath);
    if (username.isEmpty() && !password.isEmpty()) {
      throw new IllegalArgumentException("password is set but username is empty");
    }
    if (!caCertPath.isEmpty() && !brokerUrl.startsWith("ssl://")) {
      throw new IllegalArgumentException(
          "caCertPath is set but brokerUrl is not ssl://, was '" + brokerUrl + "'");
    }
    healthInterval = orDefault(healthInterval, Duration.ofSeconds(60));
    keepAlive = orDefault(keepAlive, Duration.ofSeconds(30));
    reconnectDelay = orDefault(reconnectDelay, Duration.ofSeconds(1));
    reconnectMaxDelay = orDefault(reconnectMaxDelay, Duration.ofSeconds(60));
    outbox = outbox == null ? OutboxLimits.DEFAULT : outbox;
    requireBetween("healthInterval", healthInterval, Duration.ofSeconds(1), Duration.ofHours(1));
    requireBetween("keepAlive", keepAlive, Duration.ofSeconds(5), Duration.ofMinutes(10));
    requireBetween("reconnectDelay", reconnectDelay, Duration.ofMillis(50), Duration.ofMinutes(5));
    requireBetween("reconnectMaxDelay", reconnectMaxDelay, reconnectDelay, Duration.ofHours(1));
  }

  /**
   * How much the outbox keeps while the broker is away. When full, the oldest health report goes
   * first, events only when nothing else is left.
   *
   * @param maxMessages stored messages at most, default 10,000
   * @param maxAge older messages are dropped, default 7 days
   */
  public record OutboxLimits(int maxMessages, Duration maxAge) {
    public static final OutboxLimits DEFAULT = new OutboxLimits(10_000, Duration.ofDays(7));

    public OutboxLimits {
      if (maxMessages < 10 || maxMessages > 1_000_000) {
        throw new IllegalArgumentException(
            "outbox.maxMessages must be between 10 and 1000000, was " + maxMessages);
      }
      maxAge = orDefault(maxAge, Duration.ofDays(7));
      requireBetween("outbox.maxAge", maxAge, Duration.ofMinutes(1), Duration.ofDays(90));
    }
  }

  public KioskRef kiosk() {
    return new KioskRef(new SiteId(siteId), new KioskId(kioskId));
  }

  public boolean usesTls() {
    return brokerUrl.startsWith("ssl://");
  }

  @Override
  public String toString() {
    return "TelemetrySettings[brokerUrl="
        + brokerUrl
        + ", kiosk="
        + siteId
        + "/"
        + kioskId
        + ", username="
        + username
        + ", password="
        + (password.isEmpty() ? "" : "***")
        + ", caCertPath="
        + caCertPath
        + ", healthInterval="
        + healthInterval
        + ", keepAlive="
        + keepAlive
        + ", outbox="
        + outbox
        + "]";
  }

  static String requireBrokerUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("brokerUrl is required");
    }
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (!"tcp".equals(scheme) && !"ssl".equals(scheme)) {
        throw new IllegalArgumentException(
            "brokerUrl must start with tcp:// or ssl://, was '" + url + "'");
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new IllegalArgumentException("brokerUrl has no host, was '" + url + "'");
      }
      if (uri.getPath() != null && !uri.getPath().isEmpty()) {
        throw new IllegalArgumentException("brokerUrl must not have a path, was '" + url + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "brokerUrl is not a URL ("
              + e.getReason()
              + " at index "
              + e.getIndex()
              + "), was '"
              + url
              + "'",
          e);
    }
    return trimmed;
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  static Duration orDefault(Duration value, Duration fallback) {
    return value == null ? fallback : value;
  }

  static void requireBetween(String field, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
