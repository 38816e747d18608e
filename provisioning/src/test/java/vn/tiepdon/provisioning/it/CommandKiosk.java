package vn.tiepdon.provisioning.it;

import java.nio.charset.StandardCharsets;
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
import vn.tiepdon.provisioning.command.AckStatus;
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
 * A kiosk's command side on a real broker: the real {@link CommandProcessor} (verifier, SQLite
 * nonce store and log) behind a Paho client subscribed to its {@code cmd/+}, publishing acks on
 * {@code cmd/{id}/ack}. It runs SHOW_MESSAGE by remembering the text.
 */
public final class CommandKiosk implements AutoCloseable {
  private final MqttAsyncClient client;
  private final CommandCodec codec = new CommandCodec();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  public final List<String> shownMessages = new CopyOnWriteArrayList<>();
  public final List<AckStatus> rejections = new CopyOnWriteArrayList<>();

  public CommandKiosk(
      String url, KioskRef kiosk, String user, String password, Ed25519PublicKey operator, Path db)
      throws MqttException {
    Clock clock = Clock.systemUTC();
    SqliteCommandJournal journal = new SqliteCommandJournal(ProvisioningDatabase.sqlite(db));
    client = new MqttAsyncClient(url, kiosk.clientId() + "-cmd", new MemoryPersistence());
    CommandProcessor processor =
        new CommandProcessor(
            kiosk,
            new CommandVerifier(
                kiosk, OperatorKeys.of(List.of(operator)), journal, clock, Duration.ofHours(1)),
            CommandHandlers.builder()
                .on(
                    CommandType.SHOW_MESSAGE,
                    command -> {
                      shownMessages.add(command.args().path("en").asText());
                      return CommandOutcome.done("shown");
                    })
                .build(),
            journal,
            ack -> publish(kiosk.commandAck(ack.commandId()), codec.encode(ack)),
            (id, status) -> rejections.add(status),
            clock);
    client.setCallback(
        new MqttCallback() {
          @Override
          public void messageArrived(String topic, MqttMessage message) {
            byte[] payload = message.getPayload();
            // Paho's thread must not wait on a token; the processor publishes acks.
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
    MqttConnectionOptions options = new MqttConnectionOptions();
    if (!user.isEmpty()) {
      options.setUserName(user);
      options.setPassword(password.getBytes(StandardCharsets.UTF_8));
    }
    client.connect(options).waitForCompletion(10_000);
    client
        .subscribe(KioskTopic.ROOT + "/" + kiosk.site() + "/" + kiosk.kiosk() + "/cmd/+", 1)
        .waitForCompletion(10_000);
  }

  private void publish(KioskTopic topic, byte[] payload) {
    try {
      client.publish(topic.value(), payload, 1, false).waitForCompletion(10_000);
    } catch (MqttException e) {
      throw new IllegalStateException("ack not published on " + topic, e);
    }
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
