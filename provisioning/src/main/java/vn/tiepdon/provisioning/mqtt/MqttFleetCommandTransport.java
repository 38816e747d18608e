package vn.tiepdon.provisioning.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.SignedCommand;
import vn.tiepdon.provisioning.fleet.CommandTransport;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * Sends signed commands over MQTT (Paho): subscribes to {@code …/cmd/{id}/ack} first, so no ack is
 * missed, then publishes the command on {@code …/cmd/{id}} with QoS 1, not retained (a retained
 * command would be played to the kiosk again on every reconnect).
 */
public final class MqttFleetCommandTransport implements CommandTransport {
  private static final Logger log = LoggerFactory.getLogger(MqttFleetCommandTransport.class);
  private static final long TIMEOUT_MS = 10_000;

  private final MqttAsyncClient client;
  private final CommandCodec codec = new CommandCodec();
  private final Map<String, Consumer<CommandAck>> waiting = new ConcurrentHashMap<>();

  public MqttFleetCommandTransport(FleetSettings settings) {
    try {
      client =
          new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
      client.setCallback(new Acks());
      MqttConnectionOptions options = new MqttConnectionOptions();
      options.setCleanStart(true);
      options.setAutomaticReconnect(true);
      if (!settings.username().isEmpty()) {
        options.setUserName(settings.username());
        options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
      }
      if (!settings.caCertPath().isEmpty()) {
        options.setSocketFactory(TrustedCa.socketFactory(settings.caCertPath()));
      }
      client.connect(options).waitForCompletion(TIMEOUT_MS);
    } catch (MqttException e) {
      throw new IllegalStateException(
          "command transport cannot connect to " + settings.brokerUrl() + ": " + e, e);
    }
  }

  @Override
  public void send(SignedCommand command, Consumer<CommandAck> acks) {
    KioskTopic ackTopic = command.command().target().commandAck(command.command().id());
    KioskTopic commandTopic = command.command().target().command(command.command().id());
    waiting.put(ackTopic.value(), acks);
    try {
      client.subscribe(ackTopic.value(), 1).waitForCompletion(TIMEOUT_MS);
      client
          .publish(commandTopic.value(), codec.encode(command), 1, false)
          .waitForCompletion(TIMEOUT_MS);
    } catch (MqttException e) {
      waiting.remove(ackTopic.value());
      throw new IllegalStateException("cannot send " + commandTopic + ": " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect(TIMEOUT_MS).waitForCompletion(TIMEOUT_MS);
      }
      client.close(true);
    } catch (MqttException e) {
      log.debug("closing command transport: {}", e.toString());
    }
  }

  private final class Acks implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) {
      Consumer<CommandAck> receiver = waiting.get(topic);
      if (receiver == null) {
        return;
      }
      try {
        CommandAck ack = codec.decodeAck(message.getPayload());
        receiver.accept(ack);
      } catch (RuntimeException e) {
        // An exception here would make Paho drop the connection.
        log.warn("unreadable ack on '{}': {}", topic, e.getMessage());
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      log.warn("command transport disconnected: {}", response);
    }

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
