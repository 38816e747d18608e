package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PrintTestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** As Main builds it, with print-test at the top until the lead wires it under devices. */
  private int run(String... args) {
    CommandLine cli = new CommandLine(new PrintTestCommand());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setExitCodeExceptionMapper(ExitCodes::exitCodeOf);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void writesTheSampleTicketAsAPng() throws Exception {
    Path png = dir.resolve("ticket.png");

    assertThat(run("--png", png.toString(), "--number", "42")).isZero();

    JsonNode root = JSON.readTree(out.toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(576);
    assertThat(root.get("widthDots").asInt()).isEqualTo(576);
    assertThat(root.get("heightDots").asInt()).isEqualTo(image.getHeight()).isGreaterThan(600);
  }

  @Test
  void printsOnTheSimulatedPrinterOfAConfig() throws Exception {
    Path config = dir.resolve("kiosk.yaml");
    Files.writeString(
        config, "devices:\n  printer:\n    type: simulated\n    outputFolder: printed\n");

    assertThat(run("--config", config.toString())).isZero();

    JsonNode root = JSON.readTree(out.toString());
    assertThat(root.get("result").asText()).isEqualTo("PRINTED");
    assertThat(root.get("health").get("state").asText()).isEqualTo("UP");
    assertThat(Path.of(root.get("png").asText())).exists().startsWith(dir.resolve("printed"));
  }

  @Test
  void aMissingPortIsExitTwoWithTheReasonAndTheJson() throws Exception {
    Path nowhere = dir.resolve("ttyNothing");

    assertThat(run("--port", nowhere.toString())).isEqualTo(2);

    assertThat(err.toString().trim())
        .isEqualTo(
            "tiepdon: the printer did not print: OFFLINE; printer DOWN PORT_NOT_FOUND ("
                + nowhere
                + " does not exist)");
    JsonNode root = JSON.readTree(out.toString());
    assertThat(root.get("printed").asBoolean()).isFalse();
    assertThat(root.get("before").get("paper").asText()).isEqualTo("UNKNOWN");
  }

  @Test
  void badOptionsAreNamed() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("--port=PATH", "--png=FILE");

    err.getBuffer().setLength(0);
    assertThat(run("--port", "/dev/null", "--cut", "half")).isEqualTo(2);
    assertThat(err.toString()).contains("--cut must be full or partial, was 'half'");

    err.getBuffer().setLength(0);
    assertThat(run("--png", dir.resolve("x.png").toString(), "--number", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--number must be 1..9999, was 0");

    err.getBuffer().setLength(0);
    assertThat(run("--usb", "zz:1")).isEqualTo(2);
    assertThat(err.toString()).contains("--usb: vendorId must be 1-4 hex digits");

    err.getBuffer().setLength(0);
    assertThat(run("--png", dir.resolve("missing/x.png").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("does not exist");
  }
}
