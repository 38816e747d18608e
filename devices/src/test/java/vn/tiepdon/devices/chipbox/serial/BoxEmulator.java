package vn.tiepdon.devices.chipbox.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.Pong;

/**
 * The box end of a socat pseudo-terminal pair: decodes the kiosk's frames with the protocol's own
 * decoder and answers them like a reader box — PONG to PING, and for TRANSCEIVE whatever the
 * scripted {@link #responder} says. The test drives the card (place, remove), sends raw noise and
 * pulls the plug (socat killed; started again with the same link names it is a replug).
 */
final class BoxEmulator implements AutoCloseable {
  /** What the box does with one command APDU. */
  sealed interface Reply {}

  /** Answer with this response APDU. */
  record Answer(byte[] response) implements Reply {}

  /** Do not answer (a hung box). */
  record Silence() implements Reply {}

  /** The card leaves the field instead of answering. */
  record Removal() implements Reply {}

  static final byte[] ATR = {0x3B, (byte) 0x88, (byte) 0x80, 0x01, 0x00, 0x00, 0x00, 0x00};

  private final Path kioskSide;
  private final Path boxSide;
  private Process socat;
  private OutputStream out;
  private Thread reader;
  volatile Function<byte[], Reply> responder = apdu -> new Answer(new byte[] {(byte) 0x90, 0x00});
  volatile boolean answerPings = true;
  volatile boolean cardPresent;
  final List<BoxFrame> received = new CopyOnWriteArrayList<>();

  BoxEmulator(Path folder) {
    this.kioskSide = folder.resolve("ttyKiosk");
    this.boxSide = folder.resolve("ttyBox");
  }

  static void assumeSocat() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(found, "socat is not installed (apt-get install -y socat); serial tests skipped");
  }

  Path kioskSide() {
    return kioskSide;
  }

  BoxEmulator plugIn() throws IOException {
    socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + kioskSide, "pty,raw,echo=0,link=" + boxSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.exists(kioskSide) && Files.exists(boxSide));
    out = Files.newOutputStream(boxSide);
    InputStream in = Files.newInputStream(boxSide);
    reader = new Thread(() -> serve(in), "box-emulator");
    reader.setDaemon(true);
    reader.start();
    return this;
  }

  private void serve(InputStream in) {
    FrameDecoder decoder =
        new FrameDecoder(
            BoxFrame.MAX_PAYLOAD,
            new FrameDecoder.Sink() {
              @Override
              public void frame(BoxFrame frame) {
                received.add(frame);
                answer(frame);
              }

              @Override
              public void skipped(FrameDecoder.Skipped why, int bytes) {}
            });
    byte[] buffer = new byte[4096];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        decoder.accept(buffer, 0, n);
      }
    } catch (IOException e) {
      // unplugged
    }
  }

  private void answer(BoxFrame frame) {
    try {
      switch (frame.type()) {
        case PING -> {
          if (answerPings) {
            send(
                new BoxFrame(
                    FrameType.PONG,
                    frame.sequence(),
                    new Pong(cardPresent, cardPresent ? ATR : new byte[0]).encode()));
          }
        }
        case TRANSCEIVE -> {
          if (!cardPresent) {
            send(new BoxFrame(FrameType.ERROR, frame.sequence(), new byte[] {0x01}));
            return;
          }
          Reply reply = responder.apply(frame.payload());
          if (reply instanceof Answer a) {
            send(new BoxFrame(FrameType.RESPONSE, frame.sequence(), a.response()));
          } else if (reply instanceof Removal) {
            removeCard();
          }
        }
        default -> {}
      }
    } catch (IOException e) {
      // unplugged while answering
    }
  }

  synchronized void send(BoxFrame frame) throws IOException {
    sendRaw(frame.encode());
  }

  synchronized void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void placeCard() throws IOException {
    cardPresent = true;
    send(new BoxFrame(FrameType.CARD_PRESENT, 0, ATR));
  }

  void removeCard() throws IOException {
    cardPresent = false;
    send(BoxFrame.of(FrameType.CARD_REMOVED, 0));
  }

  List<BoxFrame> receivedOf(FrameType type) {
    return received.stream().filter(f -> f.type() == type).toList();
  }

  /** Pulls the plug: socat exits and both ends of the pair disappear. */
  void unplug() throws IOException, InterruptedException {
    out.close();
    socat.destroy();
    socat.waitFor();
    await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(kioskSide));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (out != null) {
      out.close();
    }
    if (socat != null && socat.isAlive()) {
      socat.destroy();
      socat.waitFor();
    }
  }
}
