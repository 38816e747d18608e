package vn.tiepdon.ui.fleet;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.CommandHandlers;
import vn.tiepdon.provisioning.command.CommandOutcome;
import vn.tiepdon.provisioning.command.CommandProcessor;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.CommandVerifier;
import vn.tiepdon.provisioning.command.OperatorKeys;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * A kiosk's command side on the broker: provisioning's real {@link CommandProcessor} (signature,
 * target, expiry and replay checks, SQLite nonce store) behind a Paho client on its {@code cmd/+},
 * acks on {@code cmd/{id}/ack}. SHOW_MESSAGE is run by remembering the English text.
 */
public final class CommandAnsweringKiosk implements AutoCloseable {
  private final MqttAsyncClient client;
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  public final List<String> shown = new CopyOnWriteArrayList<>();
  public final List<String> received = new CopyOnWriteArrayList<>();

  public CommandAnsweringKiosk(String url, KioskRef kiosk, Ed25519PublicKey operator, Path db)
      throws MqttException {
    Clock clock = Clock.systemUTC();
    CommandCodec codec = new CommandCodec();
    SqliteCommandJournal journal = new SqliteCommandJournal(ProvisioningDatabase.sqlite(db));
    client = new MqttAsyncClient(url, kiosk.clientId() + "-commands", new MemoryPersistence());
    CommandProcessor processor =
        new CommandProcessor(
            kiosk,
            new CommandVerifier(
                kiosk, OperatorKeys.of(List.of(operator)), journal, clock, Duration.ofHours(1)),
            CommandHandlers.builder()
                .on(
                    CommandType.SHOW_MESSAGE,
                    command -> {
                      shown.add(command.args().path("en").asText());
                      return CommandOutcome.done("shown");
                    })
                .build(),
            journal,
            ack -> {
              try {
                client
                    .publish(kiosk.commandAck(ack.commandId()).value(), codec.encode(ack), 1, false)
                    .waitForCompletion(10_000);
              } catch (MqttException e) {
                throw new IllegalStateException(e);
              }
            },
            (id, status) -> {},
            clock);
    client.setCallback(
        new MqttCallback() {
          @Override
          public void messageArrived(String topic, MqttMessage message) {
            received.add(topic);
            byte[] payload = message.getPayload();
            worker.execute(() -> processor.receive(KioskTopic.parse(topic), payload));
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
        });
    client.connect(new MqttConnectionOptions()).waitForCompletion(10_000);
    client
        .subscribe(KioskTopic.ROOT + "/" + kiosk.site() + "/" + kiosk.kiosk() + "/cmd/+", 1)
        .waitForCompletion(10_000);
  }

  @Override
  public void close() throws MqttException {
    worker.shutdownNow();
    if (client.isConnected()) {
      client.disconnect().waitForCompletion(10_000);
    }
    client.close(true);
  }
}
