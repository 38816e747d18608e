package vn.tiepdon.devices.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A short run of the scanner benchmark over a real pty pair: numbers present, nothing lost. */
class ScannerBenchmarkIT {
  static void assumeSocat() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(found, "socat is not installed; benchmark test skipped");
  }

  @Test
  void measuresLatencyAndAFloodWithNothingLostOrMerged() throws Exception {
    assumeSocat();

    ScannerBenchmark.Result result = ScannerBenchmark.run(20, 300);

    assertThat(result.latency().scans()).isEqualTo(20);
    assertThat(result.latency().p50Ms()).isPositive().isLessThanOrEqualTo(result.latency().p99Ms());
    assertThat(result.latency().p99Ms()).isLessThanOrEqualTo(result.latency().maxMs());
    assertThat(result.throughput().delivered()).isEqualTo(300);
    assertThat(result.throughput().lost()).isZero();
    assertThat(result.throughput().merged()).isZero();
    assertThat(result.throughput().framesPerSecond()).isPositive();
    assertThat(result.payloadBytes()).isGreaterThan(100);
  }

  @Test
  void countsBelowOneAreRefused() {
    assertThatThrownBy(() -> ScannerBenchmark.run(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scan counts must be at least 1, were 0 and 10");
  }
}
