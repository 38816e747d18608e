package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code bench startup} in its own JVM (it starts and stops JavaFX, which a test JVM shares), on
 * the shipped demo configuration, headless, with a few check-ins.
 */
class BenchStartupCommandTest {
  @Test
  void printsStartUpTimeAndMemoryBeforeAndAfterCheckIns() throws Exception {
    Process bench = launch("--check-ins", "6");
    String out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bench.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(bench.exitValue()).as(out).isZero();

    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("msToAttract").asLong()).isPositive();
    assertThat(json.get("rssMb").asLong()).isPositive();
    assertThat(json.get("rssMbAfter6").asLong()).isPositive();
    assertThat(json.get("checkIns").asInt()).isEqualTo(6);
    assertThat(json.get("ticketsIssued").asInt()).isEqualTo(6);
    assertThat(json.get("glassPlatform").asText()).isEqualTo("Monocle");
  }

  @Test
  void aBadCountOrAMissingConfigurationIsBadInput() {
    assertThat(runHere("--check-ins", "-1")).isEqualTo(2);
    assertThat(runHere("--config", "no-such-kiosk.yaml", "--check-ins", "1")).isEqualTo(2);
  }

  private static int runHere(String... args) {
    CommandLine cli = new CommandLine(new BenchStartupCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  private static Process launch(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dtiepdon.home=" + Path.of("..").toAbsolutePath().normalize());
    command.add("-Dtiepdon.logs=" + Path.of("target/logs").toAbsolutePath());
    command.add(BenchStartupMain.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
