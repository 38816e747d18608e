package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.Pong;

/** {@code devices test --chip-box} against a box answering on the far end of a socat pty pair. */
class DevicesChipBoxCommandTest {
  static final byte[] ATR = HexFormat.of().parseHex("3b8880010000000000");
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Process socat;
  private OutputStream toKiosk;

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @AfterEach
  void unplug() throws Exception {
    if (toKiosk != null) {
      toKiosk.close();
    }
    if (socat != null) {
      socat.destroy();
      socat.waitFor();
    }
  }

  /** Starts a pty pair; {@code box} answers each frame the kiosk sends. */
  private Path box(Consumer<BoxFrame> box) throws IOException {
    boolean found = false;
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= !d.isEmpty() && Files.isExecutable(Path.of(d, "socat"));
    }
    assumeTrue(found, "socat is not installed");
    Path kiosk = dir.resolve("ttyKiosk");
    Path boxSide = dir.resolve("ttyBox");
    socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + kiosk, "pty,raw,echo=0,link=" + boxSide)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(true)
            .start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.exists(kiosk) && Files.exists(boxSide));
    toKiosk = Files.newOutputStream(boxSide);
    InputStream in = Files.newInputStream(boxSide);
    FrameDecoder decoder =
        new FrameDecoder(
            BoxFrame.MAX_PAYLOAD,
            new FrameDecoder.Sink() {
              @Override
              public void frame(BoxFrame frame) {
                box.accept(frame);
              }

              @Override
              public void skipped(FrameDecoder.Skipped why, int bytes) {}
            });
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[4096];
              try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  decoder.accept(buffer, 0, n);
                }
              } catch (IOException e) {
                // unplugged
              }
            });
    reader.setDaemon(true);
    reader.start();
    return kiosk;
  }

  private synchronized void send(BoxFrame frame) {
    try {
      toKiosk.write(frame.encode());
      toKiosk.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anApduBoxAnswersAndTheCardAnswersSelect() throws Exception {
    Path port =
        box(
            frame -> {
              if (frame.type() == FrameType.PING) {
                send(new BoxFrame(FrameType.PONG, frame.sequence(), new Pong(true, ATR).encode()));
              } else if (frame.type() == FrameType.TRANSCEIVE) {
                boolean select =
                    java.util.Arrays.equals(frame.payload(), ChipBoxCheck.SELECT_EMRTD);
                send(
                    new BoxFrame(
                        FrameType.RESPONSE,
                        frame.sequence(),
                        select ? new byte[] {(byte) 0x90, 0} : new byte[] {0x6D, 0}));
              }
            });

    assertThat(run("devices", "test", "--chip-box", "--port", port.toString(), "--timeout", "5"))
        .as(err.toString())
        .isZero();

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("mode").asText()).isEqualTo("serial-apdu");
    assertThat(root.get("atr").asText()).isEqualTo("3b8880010000000000");
    assertThat(root.get("selectEmrtdApplication").asText()).isEqualTo("9000");
    assertThat(root.get("emrtd").asBoolean()).isTrue();
    assertThat(root.get("answeredMs").asLong()).isNotNegative();
  }

  @Test
  void aParsedBoxDocumentIsShownMaskedAndRejectionsGoToStderr() throws Exception {
    ObjectNode doc = new ObjectMapper().createObjectNode();
    doc.put("format", "tiepdon-card/1");
    ObjectNode chip = doc.putObject("chip");
    chip.put("idNumber", "001304009876");
    chip.put("fullName", "Trần Thị Bình");
    chip.put("dateOfBirth", "02/09/2004");
    chip.put("sex", "Nữ");
    chip.put("placeOfResidence", "Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội");
    chip.put("issueDate", "10/10/2021");
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 50, BufferedImage.TYPE_3BYTE_BGR), "jpg", jpeg);
    doc.put("faceImage", Base64.getEncoder().encodeToString(jpeg.toByteArray()));
    ObjectNode bad = doc.deepCopy();
    ((ObjectNode) bad.get("chip")).put("sex", "F");
    Path port =
        box(
            frame -> {
              if (frame.type() == FrameType.PING) {
                send(new BoxFrame(FrameType.PONG, frame.sequence(), new byte[] {0}));
                send(new BoxFrame(FrameType.CARD_DATA, 1, bad.toString().getBytes(UTF_8)));
                send(new BoxFrame(FrameType.CARD_DATA, 2, doc.toString().getBytes(UTF_8)));
              }
            });

    assertThat(
            run(
                "devices",
                "test",
                "--chip-box",
                "--mode",
                "serial-parsed",
                "--port",
                port.toString(),
                "--timeout",
                "5"))
        .as(err.toString())
        .isZero();

    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("mode").asText()).isEqualTo("serial-parsed");
    assertThat(root.get("idNumber").asText()).isEqualTo("001******876");
    assertThat(root.get("trusted").asBoolean()).isFalse();
    assertThat(root.get("faceBytes").asInt()).isEqualTo(jpeg.size());
    assertThat(root.has("fullName")).isFalse();
    assertThat(out.toString()).doesNotContain("Trần");
    assertThat(err.toString()).contains("card document rejected: chip.sex must be Nam or Nữ");
  }

  @Test
  void aSilentBoxIsABadPortNotAHang() throws Exception {
    Path port = box(frame -> {});

    assertThat(run("devices", "test", "--chip-box", "--port", port.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("the box does not answer PING (DOWN OFFLINE");
  }

  @Test
  void wrongChipBoxInputsExitTwoNamingThem() {
    assertThat(run("devices", "test", "--chip-box")).isEqualTo(2);
    assertThat(err.toString())
        .contains("give the box's --port PATH, --usb VID:PID[:SERIAL] or --config FILE");
    assertThat(run("devices", "test", "--chip-box", "--port", "/dev/x", "--mode", "pcsc"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--mode must be serial-apdu or serial-parsed, was 'pcsc'");
    assertThat(run("devices", "test", "--chip-box", "--scanner", "--port", "/dev/x")).isEqualTo(2);
    assertThat(err.toString()).contains("choose the device to test: --scanner or --chip-box");
    Path missing = dir.resolve("ttyNone");
    assertThat(run("devices", "test", "--chip-box", "--port", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(missing + " does not exist");
  }
}
