package vn.tiepdon.provisioning.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.mqtt.bench.FleetBenchmark;
import vn.tiepdon.provisioning.mqtt.bench.FleetBenchmarkResult;

/** A short fleet benchmark on a real Mosquitto: every report arrives once and is timed. */
class FleetBenchmarkIT {
  @TempDir Path folder;

  @Test
  void everyReportPublishedArrivesOnceAndIsTimed() throws Exception {
    try (Mosquitto broker = Mosquitto.startOpen(folder)) {
      FleetBenchmarkResult result =
          FleetBenchmark.run(
              new FleetBenchmark.Settings(
                  broker.url(), "", "", 20, 4, Duration.ofMillis(200), Duration.ofSeconds(1)));

      assertThat(result.kiosks()).isEqualTo(20);
      assertThat(result.connections()).isEqualTo(4);
      // 20 kiosks, one report each per 200 ms for 1 s: about 100 reports.
      assertThat(result.messages()).isBetween(80L, 130L);
      assertThat(result.received()).isEqualTo(result.messages());
      assertThat(result.lost()).isZero();
      assertThat(result.publishFailures()).isZero();
      assertThat(result.duplicates()).isZero();
      assertThat(result.p50Ms()).isPositive().isLessThanOrEqualTo(result.p99Ms());
      assertThat(result.p99Ms()).isLessThanOrEqualTo(result.maxMs());
    }
  }

  @Test
  void settingsNameWhatIsWrong() {
    assertThatThrownBy(
            () ->
                new FleetBenchmark.Settings(
                    "mqtt://x", "", "", 1, 1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessage("broker must be tcp://host:port or ssl://host:port, was 'mqtt://x'");
    assertThatThrownBy(
            () ->
                new FleetBenchmark.Settings(
                    "tcp://h:1", "", "", 10, 11, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessage("connections must be between 1 and the number of kiosks, was 11");
    assertThatThrownBy(
            () ->
                new FleetBenchmark.Settings(
                    "tcp://h:1", "", "", 10, 1, Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .hasMessage("duration must be at least one interval (PT5S), was PT1S");
  }
}
