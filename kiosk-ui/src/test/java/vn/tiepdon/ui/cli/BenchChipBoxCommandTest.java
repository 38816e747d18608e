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

class BenchChipBoxCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchChipBoxCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printsRoundTripPercentilesAndADg2ReadAsJson() throws Exception {
    boolean socat = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      socat |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(socat, "socat is not installed");

    assertThat(run("--apdus", "30", "--reads", "1")).as(err.toString()).isZero();

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.at("/roundTrip/apdus").asInt()).isEqualTo(30);
    assertThat(root.at("/roundTrip/p99Ms").asDouble())
        .isGreaterThanOrEqualTo(root.at("/roundTrip/p50Ms").asDouble());
    assertThat(root.at("/dg2Read/apdus").asInt()).isEqualTo(90);
    assertThat(root.at("/dg2Read/ms").asDouble()).isPositive();
  }

  @Test
  void badCountsExitTwoNamingTheOption() {
    assertThat(run("--apdus", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--apdus must be 1..1000000, was 0");
    assertThat(run("--reads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--reads must be 1..10000, was 0");
  }
}
