package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DevicesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CCCD =
      "001304009876||Trần Thị Bình|02092004|Nữ|Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội|10102021";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void listPrintsSerialPortsAndPcscReadersAsJson() throws Exception {
    assertThat(run("devices", "list")).isZero();

    JsonNode root = JSON.readTree(out.toString());
    assertThat(root.get("serialPorts").isArray()).isTrue();
    assertThat(root.get("pcscReaders").isArray()).isTrue();
    assertThat(root.get("cameras").isArray()).isTrue();
    for (JsonNode camera : root.get("cameras")) {
      assertThat(camera.get("path").asText()).startsWith("/dev/video");
      assertThat(camera.get("byId").isArray()).isTrue();
    }
    for (JsonNode port : root.get("serialPorts")) {
      assertThat(port.get("path").asText()).startsWith("/");
      assertThat(port.has("usb")).isTrue();
    }
  }

  @Test
  void testNeedsADeviceAndAPort() {
    assertThat(run("devices", "test")).isEqualTo(2);
    assertThat(err.toString()).contains("choose the device to test: --scanner");

    err.getBuffer().setLength(0);
    assertThat(run("devices", "test", "--scanner")).isEqualTo(2);
    assertThat(err.toString())
        .contains("give the scanner's --port PATH, --usb VID:PID[:SERIAL] or --config FILE");
  }

  @Test
  void aMissingPortIsBadInputNamingIt() {
    String port = dir.resolve("ttyNone").toString();

    assertThat(run("devices", "test", "--scanner", "--port", port)).isEqualTo(2);
    assertThat(err.toString()).contains("--port " + port + ": " + port + " does not exist");
  }

  @Test
  void badLineAndFramingOptionsNameTheOption() {
    assertThat(run("devices", "test", "--scanner", "--port", "/dev/x", "--baud", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("--baud: baud must be 50..4000000, was 3");

    err.getBuffer().setLength(0);
    assertThat(run("devices", "test", "--scanner", "--port", "/dev/x", "--terminator", "NUL"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--terminator: terminator must be CR, LF, CRLF, TAB");

    err.getBuffer().setLength(0);
    assertThat(run("devices", "test", "--scanner", "--usb", "0c2e")).isEqualTo(2);
    assertThat(err.toString()).contains("--usb must be VID:PID[:SERIAL] in hex, was '0c2e'");

    err.getBuffer().setLength(0);
    assertThat(run("devices", "test", "--scanner", "--usb", "zz:0b61")).isEqualTo(2);
    assertThat(err.toString()).contains("--usb: vendorId must be 1-4 hex digits");
  }

  @Test
  void aConfigFileIsReadAndItsErrorsNameTheKey() throws Exception {
    Path simulated = Files.writeString(dir.resolve("sim.yaml"), "devices:\n  scanner: {}\n");
    assertThat(run("devices", "test", "--scanner", "--config", simulated.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("devices.scanner.type is not serial; nothing to test");

    err.getBuffer().setLength(0);
    Path bad =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "devices:\n  scanner:\n    type: serial\n    serial: { path: /dev/x, parity: high }\n");
    assertThat(run("devices", "test", "--scanner", "--config", bad.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("devices.scanner.serial.parity")
        .contains("parity must be one of none, odd, even, mark, space, was 'high'");

    err.getBuffer().setLength(0);
    assertThat(run("devices", "test", "--scanner", "--config", bad.toString(), "--baud", "9600"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("leave out the other scanner options");

    err.getBuffer().setLength(0);
    Path missingPort =
        Files.writeString(
            dir.resolve("kiosk.yaml"),
            "site: { id: x }\ndevices:\n  scanner:\n    type: serial\n    serial:\n      path: "
                + dir.resolve("ttyNone")
                + "\n    framing: { terminator: CRLF }\n");
    assertThat(run("devices", "test", "--scanner", "--config", missingPort.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("ttyNone does not exist");
  }

  @Test
  void testWaitsForOneScanOnARealPtyAndMasksTheCitizenId() throws Exception {
    assumeTrue(socatInstalled(), "socat is not installed (apt-get install -y socat)");
    Path device = dir.resolve("ttyKiosk");
    Path scannerSide = dir.resolve("ttyScanner");
    Process socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + scannerSide)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true)
            .start();
    try {
      await().until(() -> Files.exists(device) && Files.exists(scannerSide));
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(
              () ->
                  run(
                      "devices",
                      "test",
                      "--scanner",
                      "--port",
                      device.toString(),
                      "--terminator",
                      "CRLF",
                      "--timeout",
                      "20"));
      // The command opens the port at its own pace: keep scanning until it has heard one.
      try (OutputStream scanner = Files.newOutputStream(scannerSide)) {
        while (!exit.isDone()) {
          scanner.write((CCCD + "\r\n").getBytes(UTF_8));
          scanner.flush();
          Thread.sleep(100);
        }
      }

      assertThat(exit.get()).isZero();
      JsonNode scan = JSON.readTree(out.toString());
      assertThat(scan.get("text").asText()).isEqualTo(CCCD.replace("001304009876", "001******876"));
      assertThat(scan.get("masked").asBoolean()).isTrue();
      assertThat(scan.get("bytes").asInt()).isEqualTo(CCCD.getBytes(UTF_8).length);
      assertThat(scan.get("port").asText()).startsWith("/dev/pts/");
      assertThat(scan.get("waitedMs").asLong()).isNotNegative();
    } finally {
      socat.destroy();
      socat.waitFor();
    }
  }

  @Test
  void noScanWithinTheTimeoutIsReported() throws Exception {
    assumeTrue(socatInstalled(), "socat is not installed (apt-get install -y socat)");
    Path device = dir.resolve("ttyQuiet");
    Process socat =
        new ProcessBuilder(
                "socat",
                "pty,raw,echo=0,link=" + device,
                "pty,raw,echo=0,link=" + dir.resolve("ttyOther"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true)
            .start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(device));
      assertThat(run("devices", "test", "--scanner", "--port", device.toString(), "--timeout", "1"))
          .isEqualTo(2);
      assertThat(err.toString()).contains("no scan within 1 s on " + device);
    } finally {
      socat.destroy();
      socat.waitFor();
    }
  }

  private static boolean socatInstalled() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "socat"))) {
        return true;
      }
    }
    return false;
  }
}
