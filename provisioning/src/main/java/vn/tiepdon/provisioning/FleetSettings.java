package vn.tiepdon.provisioning;

import java.util.regex.Pattern;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.TopicFilter;

/**
 * How the fleet console (or any hospital consumer) reaches the broker.
 *
 * @param brokerUrl {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId this consumer's MQTT client id, unique per broker
 * @param username broker user, blank without authentication
 * @param password never logged
 * @param caCertPath PEM CA file for {@code ssl://}, blank for the JVM trust store
 * @param sharedGroup MQTT 5 shared-subscription group for health and events, blank for none; status
 *     is always subscribed directly because brokers withhold retained messages from shared
 *     subscriptions
 */
public record FleetSettings(
    String brokerUrl,
    String clientId,
    String username,
    String password,
    String caCertPath,
    String sharedGroup) {
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public FleetSettings {
    brokerUrl = TelemetrySettings.requireBrokerUrl(brokerUrl);
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new IllegalArgumentException(
          "clientId must be 1-64 letters, digits, '-' or '_', was '" + clientId + "'");
    }
    username = username == null ? "" : username.strip();
    password = password == null ? "" : password;
    caCertPath = caCertPath == null ? "" : caCertPath.strip();
    sharedGroup = sharedGroup == null ? "" : sharedGroup.strip();
    if (!sharedGroup.isEmpty()) {
      TopicFilter.shared(sharedGroup, Channel.HEALTH);
    }
    if (!caCertPath.isEmpty() && !brokerUrl.startsWith("ssl://")) {
      throw new IllegalArgumentException(
          "caCertPath is set but brokerUrl is not ssl://, was '" + brokerUrl + "'");
    }
  }

  public static FleetSettings anonymous(String brokerUrl, String clientId) {
    return new FleetSettings(brokerUrl, clientId, "", "", "", "");
  }

  @Override
  public String toString() {
    return "FleetSettings[brokerUrl="
        + brokerUrl
        + ", clientId="
        + clientId
        + ", username="
        + username
        + ", password="
        + (password.isEmpty() ? "" : "***")
        + ", sharedGroup="
        + sharedGroup
        + "]";
  }
}
