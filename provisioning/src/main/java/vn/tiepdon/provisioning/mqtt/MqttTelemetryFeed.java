package vn.tiepdon.provisioning.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetCallback;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.TelemetryFeed;
import vn.tiepdon.provisioning.topic.TopicFilter;

/**
 * A fleet consumer's MQTT connection (Paho). Reconnects by itself and subscribes again after each
 * reconnect, since it starts clean sessions: a fleet view wants the present, not a backlog.
 */
public final class MqttTelemetryFeed implements TelemetryFeed {
  private static final Logger log = LoggerFactory.getLogger(MqttTelemetryFeed.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final FleetSettings settings;
  private MqttAsyncClient client;
  private volatile List<TopicFilter> filters = List.of();

  public MqttTelemetryFeed(FleetSettings settings) {
    this.settings = settings;
  }

  /** A started {@link FleetListener} on this broker, sharing health and events if configured. */
  public static FleetListener listen(FleetSettings settings, FleetCallback callback) {
    FleetListener listener =
        new FleetListener(
            new MqttTelemetryFeed(settings),
            callback,
            settings.sharedGroup().isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(settings.sharedGroup()));
    listener.start();
    return listener;
  }

  @Override
  public synchronized void open(List<TopicFilter> filters, Receiver receiver) {
    this.filters = List.copyOf(filters);
    try {
      client =
          new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
      client.setCallback(new Callback(receiver));
      MqttConnectionOptions options = new MqttConnectionOptions();
      options.setCleanStart(true);
      options.setAutomaticReconnect(true);
      options.setAutomaticReconnectDelay(1, 30);
      if (!settings.username().isEmpty()) {
        options.setUserName(settings.username());
        options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
      }
      if (!settings.caCertPath().isEmpty()) {
        options.setSocketFactory(TrustedCa.socketFactory(settings.caCertPath()));
      }
      client.connect(options).waitForCompletion(TIMEOUT.toMillis());
      subscribe();
    } catch (MqttException e) {
      throw new IllegalStateException(
          "fleet feed cannot connect to " + settings.brokerUrl() + ": " + e, e);
    }
  }

  private void subscribe() throws MqttException {
    MqttSubscription[] subscriptions =
        filters.stream()
            .map(filter -> new MqttSubscription(filter.value(), 1))
            .toArray(MqttSubscription[]::new);
    IMqttToken token = client.subscribe(subscriptions);
    token.waitForCompletion(TIMEOUT.toMillis());
    log.info("fleet feed {} subscribed to {}", settings.clientId(), filters);
  }

  @Override
  public synchronized void close() {
    if (client == null) {
      return;
    }
    try {
      if (client.isConnected()) {
        client.disconnect(TIMEOUT.toMillis()).waitForCompletion(TIMEOUT.toMillis());
      }
      client.close(true);
    } catch (MqttException e) {
      log.debug("closing fleet feed {}: {}", settings.clientId(), e.toString());
    }
  }

  private final class Callback implements MqttCallback {
    private final Receiver receiver;

    Callback(Receiver receiver) {
      this.receiver = receiver;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      try {
        receiver.received(topic, message.getPayload());
      } catch (RuntimeException e) {
        // An exception here would make Paho drop the connection.
        log.error("fleet receiver failed on '{}'", topic, e);
      }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
      if (reconnect) {
        // Paho's callback thread must not wait on a token; subscribe from another thread.
        new Thread(
                () -> {
                  try {
                    subscribe();
                  } catch (MqttException e) {
                    log.warn("fleet feed could not subscribe again: {}", e.toString());
                  }
                },
                "fleet-resubscribe")
            .start();
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      log.warn("fleet feed {} disconnected: {}", settings.clientId(), response);
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      log.warn("fleet feed MQTT error: {}", exception.toString());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
