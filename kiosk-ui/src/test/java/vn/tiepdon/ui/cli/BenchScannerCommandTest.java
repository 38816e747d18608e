package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchScannerCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchScannerCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printsDelayPercentilesAndFloodRateAsJson() throws Exception {
    boolean socat = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      socat |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(socat, "socat is not installed");

    assertThat(run("--scans", "20", "--flood", "200")).isZero();

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("transport").asText()).isEqualTo("socat pty pair");
    assertThat(root.at("/latency/scans").asInt()).isEqualTo(20);
    assertThat(root.at("/latency/p50Ms").asDouble()).isPositive();
    assertThat(root.at("/latency/p99Ms").asDouble())
        .isGreaterThanOrEqualTo(root.at("/latency/p50Ms").asDouble());
    assertThat(root.at("/throughput/delivered").asInt()).isEqualTo(200);
    assertThat(root.at("/throughput/lost").asInt()).isZero();
    assertThat(root.at("/throughput/merged").asInt()).isZero();
    assertThat(root.at("/throughput/framesPerSecond").asDouble()).isPositive();
  }

  @Test
  void badCountsExitTwoNamingTheOption() {
    assertThat(run("--scans", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--scans must be 1..1000000, was 0");
    assertThat(run("--flood", "-5")).isEqualTo(2);
    assertThat(err.toString()).contains("--flood must be 1..1000000, was -5");
  }
}
