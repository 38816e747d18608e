package vn.tiepdon.provisioning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandCodec;
import vn.tiepdon.provisioning.command.CommandHandlers;
import vn.tiepdon.provisioning.command.CommandOutcome;
import vn.tiepdon.provisioning.command.CommandSigner;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.CommandVerifier;
import vn.tiepdon.provisioning.command.OperatorKeys;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.command.Verdict;
import vn.tiepdon.provisioning.mqtt.MqttCommandChannel;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.sqlite.SqliteCommandJournal;
import vn.tiepdon.provisioning.testing.BundleFixture;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Rough numbers for the README, not a test: what signing and checking one command costs (Ed25519,
 * RFC 8785, the SQLite nonce insert), and the round trip from an operator's publish to the kiosk's
 * DONE ack over a real broker, one command at a time.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(deps)
 * vn.tiepdon.provisioning.bench.CommandThroughput [commands]}
 */
public final class CommandThroughput {
  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path folder = Files.createTempDirectory("command-bench");
    TelemetryFixture fixture = new TelemetryFixture(folder);
    BundleFixture keys = new BundleFixture();
    CommandSigner signer = new CommandSigner(keys.operator.getPrivate(), keys.operatorKey);
    CommandCodec codec = new CommandCodec();
    KioskRef self = KioskRef.of(TelemetryFixture.SITE, "k-bench");

    List<byte[]> payloads = new ArrayList<>();
    long[] signMicros = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      payloads.add(codec.encode(signer.sign(command(self, "s-" + i, fixture, signer))));
      signMicros[i] = micros(start);
    }
    SqliteCommandJournal journal = new SqliteCommandJournal(fixture.database("verify"));
    CommandVerifier verifier =
        new CommandVerifier(
            self,
            OperatorKeys.of(List.of(keys.operatorKey)),
            journal,
            fixture.clock,
            Duration.ofHours(1));
    long[] verifyMicros = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      if (!(verifier.check(payloads.get(i)) instanceof Verdict.Accepted)) {
        throw new IllegalStateException("command " + i + " refused");
      }
      verifyMicros[i] = micros(start);
    }
    print("sign + encode", signMicros);
    print("decode + verify + SQLite nonce insert (synchronous=FULL)", verifyMicros);

    int roundTrips = Math.min(count, 200);
    try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"));
        RecordingSubscriber operator =
            RecordingSubscriber.subscribe(
                broker.url(), "bench-operator", TelemetryFixture.topic("k-bench", "cmd/+/ack"))) {
      MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k-bench");
      SqliteCommandJournal kioskJournal = new SqliteCommandJournal(fixture.database("k-bench"));
      MqttCommandChannel channel =
          MqttCommandChannel.attach(
              telemetry,
              self,
              new CommandVerifier(
                  self,
                  OperatorKeys.of(List.of(keys.operatorKey)),
                  kioskJournal,
                  fixture.clock,
                  Duration.ofHours(1)),
              CommandHandlers.builder()
                  .on(CommandType.MAINTENANCE_ON, c -> CommandOutcome.done("ok"))
                  .build(),
              kioskJournal,
              fixture.clock);
      telemetry.start();
      while (!telemetry.online()) {
        Thread.sleep(10);
      }
      long[] roundTripMicros = new long[roundTrips];
      for (int i = 0; i < roundTrips; i++) {
        String id = "r-" + i;
        byte[] payload =
            codec.encode(
                signer.sign(command(self, id, fixture, signer, CommandType.MAINTENANCE_ON)));
        String ackTopic = TelemetryFixture.topic("k-bench", "cmd/" + id + "/ack");
        long start = System.nanoTime();
        operator.publish(
            TelemetryFixture.topic("k-bench", "cmd/" + id),
            new String(payload, java.nio.charset.StandardCharsets.UTF_8),
            false);
        while (operator.on(ackTopic).stream()
            .noneMatch(r -> codec.decodeAck(r.payload()).status() == AckStatus.DONE)) {
          Thread.sleep(0, 200_000);
        }
        roundTripMicros[i] = micros(start);
      }
      print(
          "publish -> DONE ack over HiveMQ CE (QoS 1, acks via the SQLite outbox)",
          roundTripMicros);
      channel.close();
      telemetry.close();
    }
  }

  private static RemoteCommand command(
      KioskRef self, String id, TelemetryFixture fixture, CommandSigner signer) {
    return command(self, id, fixture, signer, CommandType.RESTART);
  }

  private static RemoteCommand command(
      KioskRef self, String id, TelemetryFixture fixture, CommandSigner signer, CommandType type) {
    return RemoteCommand.issue(
        new CommandId(id),
        self,
        type,
        null,
        fixture.clock.instant(),
        Duration.ofMinutes(5),
        signer.keyId());
  }

  private static long micros(long start) {
    return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
  }

  private static void print(String what, long[] micros) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s, %d commands: median %d us, p99 %d us, max %d us%n",
        what,
        sorted.length,
        sorted[sorted.length / 2],
        sorted[sorted.length * 99 / 100],
        sorted[sorted.length - 1]);
  }
}
