package vn.tiepdon.provisioning.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.fleet.CommandHistoryFile;
import vn.tiepdon.provisioning.fleet.CommandRecord;
import vn.tiepdon.provisioning.fleet.FleetCommands;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.mqtt.MqttFleetCommandTransport;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * A signed command through a real Mosquitto with the shipped ACL: the kiosk runs it once; the same
 * bytes recorded off the wire and sent again are refused as a replay, and the refusal is acked.
 */
class MosquittoCommandReplayIT {
  private static final KioskRef KIOSK = KioskRef.of("bv-test", "k-cmd");

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void aCommandRunsOnceAndItsReplayIsRefused() throws Exception {
    KeyPair operator = Ed25519.generate();
    Ed25519PublicKey operatorKey = new Ed25519PublicKey(operator.getPublic());
    CommandHistoryFile history = new CommandHistoryFile(folder.resolve("history.jsonl"));
    try (Mosquitto broker =
            Mosquitto.start(
                brokerFolder, Map.of(KIOSK.toString(), "pw-kiosk", "fleet", "pw-fleet"));
        CommandKiosk kiosk =
            new CommandKiosk(
                broker.url(),
                KIOSK,
                KIOSK.toString(),
                "pw-kiosk",
                operatorKey,
                folder.resolve("kiosk.db"));
        MqttPeer wire = MqttPeer.connect(broker.url(), "wiretap", "fleet", "pw-fleet");
        FleetCommands commands =
            new FleetCommands(
                new CommandSigner(operator.getPrivate(), operatorKey),
                new MqttFleetCommandTransport(
                    new FleetSettings(broker.url(), "fleet-cmd", "fleet", "pw-fleet", "", "")),
                history,
                Clock.systemUTC(),
                Duration.ofMinutes(5))) {
      wire.subscribe("tiepdon/v1/+/+/cmd/#");

      FleetCommands.Outcome outcome =
          commands.send(
              KIOSK,
              CommandType.SHOW_MESSAGE,
              new ObjectMapper().createObjectNode().put("vi", "Tạm dừng").put("en", "Paused"),
              Duration.ofSeconds(30));

      assertThat(outcome.acks())
          .extracting(ack -> ack.status())
          .containsExactly(AckStatus.ACCEPTED, AckStatus.DONE);
      assertThat(kiosk.shownMessages).containsExactly("Paused");
      String commandTopic = KIOSK.command(outcome.command().id()).value();
      await().until(() -> !wire.on(commandTopic).isEmpty());
      byte[] recorded = wire.on(commandTopic).get(0).payload();
      assertThat(new CommandCodec().decode(recorded).signed()).isTrue();

      wire.publish(
          commandTopic, new String(recorded, java.nio.charset.StandardCharsets.UTF_8), false);

      String ackTopic = KIOSK.commandAck(outcome.command().id()).value();
      await().atMost(Duration.ofSeconds(30)).until(() -> wire.on(ackTopic).size() == 3);
      assertThat(new CommandCodec().decodeAck(wire.on(ackTopic).get(2).payload()).status())
          .isEqualTo(AckStatus.REJECTED_REPLAY);
      assertThat(kiosk.shownMessages).as("not run twice").containsExactly("Paused");
      assertThat(kiosk.rejections).containsExactly(AckStatus.REJECTED_REPLAY);
      // The console still listens on the ack topic, so the refused replay shows in its history.
      await().until(() -> history.latest(10).size() == 4);
      assertThat(history.latest(10))
          .extracting(CommandRecord::status)
          .containsExactly("REJECTED_REPLAY", "DONE", "ACCEPTED", CommandRecord.SENT);
    }
  }
}
