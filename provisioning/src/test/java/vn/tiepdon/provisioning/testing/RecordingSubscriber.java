package vn.tiepdon.provisioning.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** A plain MQTT client that records what it receives, as a hospital consumer would see it. */
public final class RecordingSubscriber implements AutoCloseable {
  /** One received message. */
  public record Received(String topic, byte[] payload, boolean retained) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private final MqttAsyncClient client;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private RecordingSubscriber(String url, String clientId, boolean persistentSession, String filter)
      throws MqttException {
    client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
    client.setCallback(new Recorder());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(!persistentSession);
    if (persistentSession) {
      options.setSessionExpiryInterval(3600L);
      options.setAutomaticReconnect(true);
      options.setAutomaticReconnectDelay(1, 1);
    }
    client.connect(options).waitForCompletion(10_000);
    client.subscribe(filter, 1).waitForCompletion(10_000);
  }

  public static RecordingSubscriber subscribe(String url, String clientId, String filter)
      throws MqttException {
    return new RecordingSubscriber(url, clientId, false, filter);
  }

  /** Keeps its session on the broker, so messages sent while it is away wait for it. */
  public static RecordingSubscriber persistent(String url, String clientId, String filter)
      throws MqttException {
    return new RecordingSubscriber(url, clientId, true, filter);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> on(String topic) {
    return received.stream().filter(r -> r.topic().equals(topic)).toList();
  }

  public List<Received> matching(Predicate<Received> predicate) {
    return received.stream().filter(predicate).toList();
  }

  /** Publishes as another party would, e.g. a forged or stale message. */
  public void publish(String topic, String payload, boolean retained) throws MqttException {
    IMqttToken token = client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
    token.waitForCompletion(10_000);
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
      received.add(new Received(topic, message.getPayload(), message.isRetained()));
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
