package vn.tiepdon.provisioning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/**
 * Rough numbers for the README, not a test: how long {@code event()} takes (the SQLite write the UI
 * thread pays), and how fast a backlog drains to a real broker once it is reachable.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(deps)
 * vn.tiepdon.provisioning.bench.TelemetryThroughput [events]}
 */
public final class TelemetryThroughput {
  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path folder = Files.createTempDirectory("telemetry-bench");
    TelemetryFixture fixture = new TelemetryFixture(folder);
    try (EmbeddedBroker broker = EmbeddedBroker.start(folder.resolve("broker"));
        RecordingSubscriber hospital =
            RecordingSubscriber.subscribe(
                broker.url(), "bench", TelemetryFixture.topic("k-bench", "event"))) {
      // Not started yet: events pile up in the outbox as if the broker were away.
      MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k-bench");
      long[] micros = new long[events];
      for (int i = 0; i < events; i++) {
        long start = System.nanoTime();
        telemetry.event(KioskEvent.ticketIssued("NOI", "A-" + (i % 1000), "normal", false));
        micros[i] = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
      }
      Arrays.sort(micros);
      System.out.printf(
          "event() into the SQLite outbox (WAL, synchronous=FULL), %d events: median %d us,"
              + " p99 %d us, max %d us%n",
          events, micros[events / 2], micros[events * 99 / 100], micros[events - 1]);

      long replayStart = System.nanoTime();
      telemetry.start();
      while (hospital.received().size() < events) {
        Thread.sleep(5);
      }
      double seconds = (System.nanoTime() - replayStart) / 1e9;
      System.out.printf(
          "backlog of %d events drained to HiveMQ CE (QoS 1, %d in flight) in %.2f s:"
              + " %.0f events/s (includes connecting)%n",
          events, 8, seconds, events / seconds);
      telemetry.close();
    }
  }
}
