package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** BenchFaceCommand on its own command line (the lead wires it under 'bench'). */
class FaceBenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchFaceCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void printsStagesAtVgaAndTheRss() throws Exception {
    int status =
        run(
            "--iterations",
            "3",
            "--liveness-every",
            "3",
            "--faces",
            FaceCommandTest.FACES.toString(),
            "--models",
            FaceCommandTest.MODELS.toString());

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("frame").asText()).isEqualTo("640x480");
    assertThat(json.get("matches").asInt()).isEqualTo(3);
    for (String stage :
        new String[] {
          "decode", "detect", "align", "embed", "match", "detectAlignEmbed", "liveness"
        }) {
      assertThat(json.at("/msPerStage/" + stage + "/p95").isNumber()).as(stage).isTrue();
    }
    assertThat(json.at("/rss/afterRunKb").asLong()).isPositive();
  }

  @Test
  void missingPhotographsAreBadInput() {
    assertThat(run("--faces", "/nonexistent", "--models", FaceCommandTest.MODELS.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--faces: /nonexistent/dg2/franck_01829_x50.jp2 not found");
  }
}
