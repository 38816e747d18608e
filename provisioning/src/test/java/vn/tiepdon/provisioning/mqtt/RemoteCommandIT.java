package vn.tiepdon.provisioning.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.CommandHandlers;
import vn.tiepdon.provisioning.command.CommandLog;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.CommandVerifier;
import vn.tiepdon.provisioning.command.KioskControl;
import vn.tiepdon.provisioning.command.OperatorKeys;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.command.SignedCommand;
import vn.tiepdon.provisioning.command.StandardHandlers;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.BundleFixture;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.Schemas;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Signed commands end to end: an operator publishes on a real HiveMQ CE broker, the kiosk's
 * telemetry connection receives, the command channel checks and runs them, and the acks and
 * rejection events come back over the broker.
 */
class RemoteCommandIT {
  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path brokerFolder;
  private static EmbeddedBroker broker;

  @TempDir Path folder;
  private TelemetryFixture fixture;
  private final BundleFixture keys = new BundleFixture();
  private final CommandCodec codec = new CommandCodec();
  private final List<String> kioskCalls = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> closeAfter = new ArrayList<>();
  private CommandSigner operator;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start(brokerFolder);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void setUp() {
    fixture = new TelemetryFixture(folder);
    operator = new CommandSigner(keys.operator.getPrivate(), keys.operatorKey);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = closeAfter.size() - 1; i >= 0; i--) {
      closeAfter.get(i).close();
    }
  }

  /** A kiosk as the composition root wires it: telemetry, commands, operator keys from a bundle. */
  private MqttTelemetry kiosk(String id) {
    KioskRef self = KioskRef.of(TelemetryFixture.SITE, id);
    EnrolmentBundle bundle = keys.bundle(TelemetryFixture.SITE, id);
    DataSource db = fixture.database(id);
    MqttTelemetry telemetry = fixture.telemetry(broker.url(), id);
    SqliteCommandJournal journal = new SqliteCommandJournal(db);
    CommandVerifier verifier =
        new CommandVerifier(
            self,
            OperatorKeys.of(bundle.operatorPublicKeys()),
            journal,
            fixture.clock,
            Duration.ofHours(1));
    CommandHandlers handlers =
        CommandHandlers.builder()
            .on(CommandType.SHOW_MESSAGE, StandardHandlers.showMessage(recordingControl()))
            .on(CommandType.RESTART, StandardHandlers.restart(recordingControl()))
            .on(
                CommandType.SEND_LOGS,
                StandardHandlers.sendLogs(
                    max ->
                        List.of(
                            "08:01 INFO chip read ok",
                            "08:02 WARN his timeout for citizen 079123456234",
                            "08:03 INFO ticket A-012")))
            .on(CommandType.SCREENSHOT, StandardHandlers.screenshot(RemoteCommandIT::png))
            .build();
    MqttCommandChannel channel =
        MqttCommandChannel.attach(telemetry, self, verifier, handlers, journal, fixture.clock);
    closeAfter.add(telemetry);
    closeAfter.add(channel);
    telemetry.start();
    await().until(telemetry::online);
    return telemetry;
  }

  private KioskControl recordingControl() {
    return new KioskControl() {
      @Override
      public void restart() {
        kioskCalls.add("restart");
      }

      @Override
      public void maintenance(boolean on) {
        kioskCalls.add("maintenance " + on);
      }

      @Override
      public void showMessage(String vietnamese, String english, Duration duration) {
        kioskCalls.add("message " + vietnamese + " / " + english + " " + duration);
      }
    };
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(108, 192, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private RecordingSubscriber it(String kiosk) throws Exception {
    RecordingSubscriber subscriber =
        RecordingSubscriber.subscribe(
            broker.url(),
            "it-" + kiosk,
            "tiepdon/v1/" + TelemetryFixture.SITE + "/" + kiosk + "/#");
    closeAfter.add(subscriber);
    return subscriber;
  }

  private RemoteCommand command(String id, String kiosk, CommandType type, ObjectNode args) {
    return RemoteCommand.issue(
        new CommandId(id),
        KioskRef.of(TelemetryFixture.SITE, kiosk),
        type,
        args,
        fixture.clock.instant(),
        Duration.ofMinutes(5),
        operator.keyId());
  }

  private static void send(RecordingSubscriber it, String kiosk, String id, byte[] payload)
      throws Exception {
    if (!id.equals("c-garbage") && !id.equals("c-unsigned")) {
      assertThat(Schemas.problems("command", payload)).as("command schema").isEmpty();
    }
    it.publish(TelemetryFixture.topic(kiosk, "cmd/" + id), new String(payload, UTF_8), false);
  }

  private List<CommandAck> acks(RecordingSubscriber it, String kiosk, String id) {
    return it.on(TelemetryFixture.topic(kiosk, "cmd/" + id + "/ack")).stream()
        .peek(r -> assertThat(Schemas.problems("command-ack", r.payload())).isEmpty())
        .map(r -> codec.decodeAck(r.payload()))
        .toList();
  }

  private List<AckStatus> statuses(RecordingSubscriber it, String kiosk, String id) {
    return acks(it, kiosk, id).stream().map(CommandAck::status).toList();
  }

  private List<KioskEvent.CommandRejected> rejectionEvents(RecordingSubscriber it, String kiosk) {
    MessageCodec messages = new MessageCodec();
    return it.on(TelemetryFixture.topic(kiosk, "event")).stream()
        .peek(r -> assertThat(Schemas.problems("event", r.payload())).isEmpty())
        .map(r -> messages.decodeEvent(r.payload()))
        .filter(e -> e.type() == EventType.COMMAND_REJECTED)
        .map(EventMessage::data)
        .map(KioskEvent.CommandRejected.class::cast)
        .toList();
  }

  @Test
  void aSignedCommandIsAcceptedRunAndAcknowledgedAndItsReplayIsRefused() throws Exception {
    RecordingSubscriber it = it("k11");
    kiosk("k11");
    ObjectNode args =
        JSON.createObjectNode()
            .put("vi", "Tạm dừng 10 phút")
            .put("en", "Paused")
            .put("minutes", 10);
    byte[] payload =
        codec.encode(operator.sign(command("c-1", "k11", CommandType.SHOW_MESSAGE, args)));

    send(it, "k11", "c-1", payload);
    await().until(() -> statuses(it, "k11", "c-1").size() == 2);

    assertThat(statuses(it, "k11", "c-1")).containsExactly(AckStatus.ACCEPTED, AckStatus.DONE);
    assertThat(kioskCalls).containsExactly("message Tạm dừng 10 phút / Paused PT10M");

    send(it, "k11", "c-1", payload);
    await().until(() -> statuses(it, "k11", "c-1").size() == 3);
    await().until(() -> !rejectionEvents(it, "k11").isEmpty());

    CommandAck replay = acks(it, "k11", "c-1").get(2);
    assertThat(replay.status()).isEqualTo(AckStatus.REJECTED_REPLAY);
    assertThat(replay.kiosk()).isEqualTo(KioskRef.of(TelemetryFixture.SITE, "k11"));
    assertThat(kioskCalls).hasSize(1);
    assertThat(rejectionEvents(it, "k11"))
        .containsExactly(new KioskEvent.CommandRejected("c-1", "REJECTED_REPLAY"));
  }

  @Test
  void aReplayIsRefusedAfterTheKioskRestarts() throws Exception {
    RecordingSubscriber it = it("k12");
    MqttTelemetry first = kiosk("k12");
    byte[] payload = codec.encode(operator.sign(command("c-9", "k12", CommandType.RESTART, null)));
    send(it, "k12", "c-9", payload);
    await().until(() -> statuses(it, "k12", "c-9").contains(AckStatus.DONE));
    first.close();

    kiosk("k12");
    send(it, "k12", "c-9", payload);

    await().until(() -> statuses(it, "k12", "c-9").contains(AckStatus.REJECTED_REPLAY));
    assertThat(kioskCalls).containsExactly("restart");
  }

  @Test
  void expiredForgedUnsignedAndUnknownKeyCommandsAreRefusedAndReported() throws Exception {
    RecordingSubscriber it = it("k13");
    kiosk("k13");
    RemoteCommand old = command("c-old", "k13", CommandType.RESTART, null);
    fixture.clock.advance(Duration.ofMinutes(6));
    send(it, "k13", "c-old", codec.encode(operator.sign(old)));

    RemoteCommand forged = command("c-forged", "k13", CommandType.RESTART, null);
    byte[] wrong = Ed25519.sign(Ed25519.generate().getPrivate(), codec.signedBytes(forged));
    send(
        it,
        "k13",
        "c-forged",
        codec.encode(new SignedCommand(forged, codec.signedBytes(forged), wrong)));

    RemoteCommand unsigned = command("c-unsigned", "k13", CommandType.RESTART, null);
    send(
        it,
        "k13",
        "c-unsigned",
        codec.encode(new SignedCommand(unsigned, new byte[0], new byte[0])));

    KeyPair stranger = Ed25519.generate();
    Ed25519PublicKey strangerKey = new Ed25519PublicKey(stranger.getPublic());
    CommandSigner strangerSigner = new CommandSigner(stranger.getPrivate(), strangerKey);
    RemoteCommand byStranger =
        RemoteCommand.issue(
            new CommandId("c-stranger"),
            KioskRef.of(TelemetryFixture.SITE, "k13"),
            CommandType.RESTART,
            null,
            fixture.clock.instant(),
            Duration.ofMinutes(5),
            strangerKey.keyId());
    send(it, "k13", "c-stranger", codec.encode(strangerSigner.sign(byStranger)));

    send(it, "k13", "c-garbage", "{not json".getBytes(UTF_8));

    await().until(() -> rejectionEvents(it, "k13").size() == 5);
    assertThat(statuses(it, "k13", "c-old")).containsExactly(AckStatus.REJECTED_EXPIRED);
    assertThat(statuses(it, "k13", "c-forged")).containsExactly(AckStatus.REJECTED_SIGNATURE);
    assertThat(statuses(it, "k13", "c-unsigned")).containsExactly(AckStatus.REJECTED_SIGNATURE);
    assertThat(statuses(it, "k13", "c-stranger")).containsExactly(AckStatus.REJECTED_SIGNATURE);
    assertThat(acks(it, "k13", "c-stranger").get(0).detail())
        .contains(strangerKey.keyId())
        .contains("not listed");
    assertThat(statuses(it, "k13", "c-garbage")).containsExactly(AckStatus.REJECTED_MALFORMED);
    assertThat(kioskCalls).isEmpty();

    // The listed operator's key still works.
    send(
        it,
        "k13",
        "c-good",
        codec.encode(operator.sign(command("c-good", "k13", CommandType.RESTART, null))));
    await().until(() -> statuses(it, "k13", "c-good").contains(AckStatus.DONE));
    assertThat(kioskCalls).containsExactly("restart");
  }

  @Test
  void aCommandForAnotherKioskPublishedOnThisKiosksTopicIsRefused() throws Exception {
    RecordingSubscriber it = it("k14");
    kiosk("k14");
    byte[] payload = codec.encode(operator.sign(command("c-5", "k99", CommandType.RESTART, null)));

    send(it, "k14", "c-5", payload);

    await().until(() -> !statuses(it, "k14", "c-5").isEmpty());
    assertThat(statuses(it, "k14", "c-5")).containsExactly(AckStatus.REJECTED_TARGET);
  }

  @Test
  void logsComeBackMaskedAndScreenshotsAsPng() throws Exception {
    RecordingSubscriber it = it("k15");
    kiosk("k15");

    send(
        it,
        "k15",
        "c-logs",
        codec.encode(
            operator.sign(
                command(
                    "c-logs",
                    "k15",
                    CommandType.SEND_LOGS,
                    JSON.createObjectNode().put("lines", 2)))));
    send(
        it,
        "k15",
        "c-shot",
        codec.encode(operator.sign(command("c-shot", "k15", CommandType.SCREENSHOT, null))));
    await().until(() -> statuses(it, "k15", "c-shot").contains(AckStatus.DONE));
    await().until(() -> statuses(it, "k15", "c-logs").contains(AckStatus.DONE));

    JsonNode logs = acks(it, "k15", "c-logs").get(1).result().orElseThrow();
    assertThat(logs.get("lines"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "08:02 WARN his timeout for citizen 079******234", "08:03 INFO ticket A-012");
    assertThat(logs.get("truncated").asBoolean()).isTrue();
    String ackText = it.on(TelemetryFixture.topic("k15", "cmd/c-logs/ack")).get(1).text();
    assertThat(ackText).doesNotContain("079123456234");
    JsonNode shot = acks(it, "k15", "c-shot").get(1).result().orElseThrow();
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(Base64.getDecoder().decode(shot.get("png").asText())));
    assertThat(image.getWidth()).isEqualTo(108);
    assertThat(shot.get("height").asInt()).isEqualTo(192);
    assertThat(image.getRGB(5, 5) & 0xffffff).isEqualTo(0xff0000);
  }

  @Test
  void theKioskKeepsALogOfEveryAck() throws Exception {
    RecordingSubscriber it = it("k16");
    kiosk("k16");
    byte[] payload = codec.encode(operator.sign(command("c-7", "k16", CommandType.RESTART, null)));
    send(it, "k16", "c-7", payload);
    send(it, "k16", "c-7", payload);
    await().until(() -> statuses(it, "k16", "c-7").size() == 3);

    CommandLog log = new SqliteCommandJournal(fixture.database("k16"));
    assertThat(log.latest(10))
        .extracting(CommandLog.Entry::status)
        .containsExactly(AckStatus.REJECTED_REPLAY, AckStatus.DONE, AckStatus.ACCEPTED);
    assertThat(log.latest(10).get(0).operatorKeyId()).contains(operator.keyId());
  }
}
