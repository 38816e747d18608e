package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.ui.demo.DemoBroker;

/** {@code bench fleet} as its own command (the lead wires it under {@code bench}). */
class BenchFleetCommandTest {
  @TempDir Path folder;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchFleetCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aShortRunPrintsTheFiguresAndLosesNothing() throws Exception {
    try (DemoBroker broker = DemoBroker.start(folder)) {
      int status =
          run(
              "--broker",
              broker.url(),
              "--kiosks",
              "10",
              "--connections",
              "2",
              "--interval",
              "200ms",
              "--duration",
              "1s");

      assertThat(status).as(err.toString()).isZero();
      JsonNode result = new ObjectMapper().readTree(out.toString());
      assertThat(result.get("kiosks").asInt()).isEqualTo(10);
      assertThat(result.get("messages").asLong()).isBetween(40L, 70L);
      // Zero loss is checked on Mosquitto (provisioning's FleetBenchmarkIT); HiveMQ CE's shared
      // subscriptions stall now and then on a loaded machine (provisioning/README.md).
      assertThat(result.get("received").asLong() + result.get("lost").asLong())
          .isEqualTo(result.get("messages").asLong());
      assertThat(result.get("perSecond").asDouble()).isPositive();
      assertThat(result.get("p50Ms").asDouble())
          .isLessThanOrEqualTo(result.get("p99Ms").asDouble());
    }
  }

  @Test
  void badFiguresAreNamed() {
    assertThat(run("--broker", "tcp://127.0.0.1:1", "--interval", "often")).isEqualTo(2);
    assertThat(err.toString()).contains("--interval must be a duration like 3s");

    assertThat(run("--broker", "tcp://127.0.0.1:1", "--kiosks", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("kiosks must be 1-100000, was 0");

    assertThat(
            run(
                "--broker",
                "tcp://127.0.0.1:1",
                "--kiosks",
                "2",
                "--duration",
                "1s",
                "--interval",
                "1s"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--broker tcp://127.0.0.1:1:");
  }
}
