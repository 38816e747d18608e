package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Test
  void printsOnAnEscPosPrinterOverAPty() throws Exception {
    assumeTrue(onPath("socat"), "socat is not installed; pty test skipped");
    Path kiosk = dir.resolve("ttyKiosk");
    Path printerSide = dir.resolve("ttyPrinter");
    Process socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + kiosk, "pty,raw,echo=0,link=" + printerSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(printerSide));
      AtomicInteger rasterRows = new AtomicInteger();
      Thread printer = new Thread(() -> answer(printerSide, rasterRows), "printer");
      printer.setDaemon(true);
      printer.start();

      assertThat(run("--port", kiosk.toString(), "--cut", "partial")).as(err::toString).isZero();

      JsonNode root = JSON.readTree(out.toString());
      assertThat(root.get("result").asText()).isEqualTo("PRINTED");
      assertThat(root.get("after").get("paper").asText()).isEqualTo("OK");
      assertThat(rasterRows.get()).isEqualTo(root.get("heightDots").asInt());
      // Kept to look at: the Vietnamese ticket as the printer received it.
      Path png = Path.of("target", "print-test-as-printed.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(printed.getSubimage(0, 0, 576, rasterRows.get()), "png", png.toFile());
    } finally {
      socat.destroy();
      socat.waitFor();
    }
  }

  /**
   * A printer with paper and its cover shut: answers status requests, counts raster rows. Reads
   * byte by byte: the bulk reads of a buffered stream ask the channel stream for available(), which
   * seeks, and a tty cannot seek ("Illegal seek").
   */
  /** What the responder's print head put on paper (tall enough for any sample ticket). */
  private final BufferedImage printed = new BufferedImage(576, 2000, BufferedImage.TYPE_INT_RGB);

  private void answer(Path side, AtomicInteger rasterRows) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(side));
        OutputStream out = Files.newOutputStream(side)) {
      while (true) {
        int b = read(in);
        if (b == 0x10 && read(in) == 0x04) {
          read(in);
          out.write(0x12);
          out.flush();
        } else if (b == 0x1B) {
          int c = read(in);
          if (c != '@' && c != '2') {
            read(in);
          }
        } else if (b == 0x1D) {
          int c = read(in);
          if (c == 'v') {
            read(in);
            read(in);
            int xBytes = read(in) | read(in) << 8;
            int rows = read(in) | read(in) << 8;
            for (int y = 0; y < rows; y++) {
              for (int x = 0; x < xBytes; x++) {
                int dots = read(in);
                for (int bit = 0; bit < 8; bit++) {
                  boolean black = (dots >> (7 - bit) & 1) == 1;
                  printed.setRGB(x * 8 + bit, rasterRows.get() + y, black ? 0 : 0xFFFFFF);
                }
              }
            }
            rasterRows.addAndGet(rows);
          } else if (c == 'r') {
            read(in);
            out.write(0x00);
            out.flush();
          } else {
            read(in);
          }
        }
      }
    } catch (IOException e) {
      // socat went away at the end of the test
    }
  }

  private static int read(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new IOException("end of stream");
    }
    return b;
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
