package vn.tiepdon.provisioning.mqtt;

import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.tiepdon.provisioning.TelemetrySettings;

/** The CONNECT of a kiosk: clean session, our own reconnects, credentials, TLS and the Will. */
final class KioskConnectOptions {
  private static final int QOS_AT_LEAST_ONCE = 1;

  private KioskConnectOptions() {}

  /**
   * @param tls {@code null} for tcp://
   * @param will the status to publish, retained, if the connection dies without a goodbye
   */
  static MqttConnectionOptions of(
      TelemetrySettings settings, SSLSocketFactory tls, String statusTopic, byte[] will) {
    MqttConnectionOptions options = new MqttConnectionOptions();
    // The outbox, not the MQTT session, keeps what is undelivered.
    options.setCleanStart(true);
    options.setSessionExpiryInterval(0L);
    // Paho's reconnect would reuse this Will and so this bdSeq.
    options.setAutomaticReconnect(false);
    options.setKeepAliveInterval((int) settings.keepAlive().toSeconds());
    options.setConnectionTimeout((int) Math.max(1, settings.keepAlive().toSeconds()));
    if (!settings.username().isEmpty()) {
      options.setUserName(settings.username());
      options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
    }
    if (tls != null) {
      options.setSocketFactory(tls);
      options.setHttpsHostnameVerificationEnabled(true);
    }
    options.setWill(statusTopic, retained(will));
    return options;
  }

  static MqttMessage retained(byte[] payload) {
    return new MqttMessage(payload, QOS_AT_LEAST_ONCE, true, new MqttProperties());
  }
}
