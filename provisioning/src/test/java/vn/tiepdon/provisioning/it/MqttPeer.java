package vn.tiepdon.provisioning.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** A plain MQTT 5 client logged in as some user, recording what it receives. */
final class MqttPeer implements AutoCloseable {
  record Received(String topic, byte[] payload) {
    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private final MqttAsyncClient client;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private MqttPeer(String url, String clientId, String user, String password, boolean persistent)
      throws MqttException {
    client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
    client.setCallback(new Recorder());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setUserName(user);
    options.setPassword(password.getBytes(StandardCharsets.UTF_8));
    options.setCleanStart(!persistent);
    if (persistent) {
      // The session and its queued QoS 1 messages wait on the broker while this client is away.
      options.setSessionExpiryInterval(3600L);
      options.setAutomaticReconnect(true);
      options.setAutomaticReconnectDelay(1, 1);
    }
    client.connect(options).waitForCompletion(10_000);
  }

  static MqttPeer connect(String url, String clientId, String user, String password)
      throws MqttException {
    return new MqttPeer(url, clientId, user, password, false);
  }

  static MqttPeer persistent(String url, String clientId, String user, String password)
      throws MqttException {
    return new MqttPeer(url, clientId, user, password, true);
  }

  /** Subscribes with QoS 1 and returns the broker's reason code (0x80 and above: refused). */
  int subscribe(String filter) throws MqttException {
    IMqttToken token = client.subscribe(filter, 1);
    token.waitForCompletion(10_000);
    return token.getReasonCodes()[0];
  }

  /** Publishes with QoS 1 and returns the PUBACK's reason code (0x87 = not authorized). */
  int publish(String topic, String payload, boolean retained) throws MqttException {
    IMqttToken token = client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
    token.waitForCompletion(10_000);
    int[] codes = token.getReasonCodes();
    return codes == null || codes.length == 0 ? 0 : codes[0];
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> on(String topic) {
    return received.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  @Override
  public void close() throws MqttException {
    if (client.isConnected()) {
      client.disconnect().waitForCompletion(10_000);
    }
    client.close(true);
  }

  private final class Recorder implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) {
      received.add(new Received(topic, message.getPayload()));
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {}

    @Override
    public void mqttErrorOccurred(MqttException exception) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
