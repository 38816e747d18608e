package vn.tiepdon.ui.config;

import java.time.Duration;
import vn.tiepdon.provisioning.FleetSettings;

/**
 * The {@code broker:} section of a desk's YAML: how a hospital-wide cashier desk reaches the
 * kiosks' MQTT broker, to learn their payment intents and tell them when one is paid.
 *
 * @param brokerUrl {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId this desk's MQTT client id; it names the desk's persistent session, so keep it
 *     stable and unique per desk (default {@code cashier-{desk.id}})
 * @param username the broker user (the shipped Mosquitto ACL has a {@code cashier} user)
 * @param password never logged
 * @param caCertPath PEM CA file for {@code ssl://}, blank for the JVM trust store
 * @param sharedGroup MQTT 5 shared-subscription group, so several desks split the events (default
 *     {@code cashier}); blank to subscribe directly
 * @param statusLifetime how long the broker keeps a payment status no kiosk acknowledged (1 hour to
 *     7 days, default 1 day)
 */
public record DeskBrokerSettings(
    String brokerUrl,
    String clientId,
    String username,
    String password,
    String caCertPath,
    String sharedGroup,
    Duration statusLifetime) {
  public static final Duration DEFAULT_STATUS_LIFETIME = Duration.ofDays(1);

  public DeskBrokerSettings {
    clientId = clientId == null || clientId.isBlank() ? "" : clientId.strip();
    sharedGroup = sharedGroup == null ? "cashier" : sharedGroup.strip();
    statusLifetime = statusLifetime == null ? DEFAULT_STATUS_LIFETIME : statusLifetime;
    Settings.requireBetween(
        "statusLifetime", statusLifetime, Duration.ofHours(1), Duration.ofDays(7));
    fleet(
        brokerUrl,
        clientId.isEmpty() ? "cashier" : clientId,
        username,
        password,
        caCertPath,
        sharedGroup);
  }

  /** The connection settings, with {@code cashier-{deskId}} when no client id is configured. */
  public FleetSettings connection(String deskId) {
    String id = clientId.isEmpty() ? "cashier-" + deskId : clientId;
    return fleet(brokerUrl, id, username, password, caCertPath, sharedGroup);
  }

  private static FleetSettings fleet(
      String url, String id, String user, String password, String ca, String group) {
    try {
      return new FleetSettings(url, id, user, password, ca, group);
    } catch (IllegalArgumentException e) {
      // FleetSettings says "shared subscription group"; the key here is sharedGroup.
      // Not chained: the loader names the key from the root cause's message.
      throw new IllegalArgumentException(
          e.getMessage().replaceFirst("^shared subscription group", "sharedGroup"));
    }
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "DeskBrokerSettings[brokerUrl="
        + brokerUrl
        + ", clientId="
        + clientId
        + ", username="
        + username
        + ", password="
        + (password == null || password.isEmpty() ? "" : "***")
        + ", sharedGroup="
        + sharedGroup
        + ", statusLifetime="
        + statusLifetime
        + "]";
  }
}
