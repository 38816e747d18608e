package vn.tiepdon.devices.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.Pong;
import vn.tiepdon.devices.chipbox.serial.ChipBoxConfig;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/**
 * Measures the APDU tunnel of {@link SerialChipBox} over a socat pty pair against a box that
 * answers every READ BINARY with {@code le} bytes and 9000 at once: round trip p50/p99 per APDU,
 * and the time to read a DG2-sized file (20 KB in 223-byte chunks, as JMRTD does with short APDUs).
 * The card's own time is not in it: this is what the kiosk side and the line framing add.
 */
public final class ChipBoxBenchmark {
  static final int CHUNK = 0xDF;
  static final int DG2_BYTES = 20_000;
  private static final byte[] ATR = {0x3B, (byte) 0x88, (byte) 0x80, 0x01, 0, 0, 0, 0, 0};

  private ChipBoxBenchmark() {}

  public record RoundTrip(int apdus, int responseBytes, double p50Ms, double p99Ms, double maxMs) {}

  public record FileRead(int bytes, int apdus, double ms) {}

  public record Result(String transport, RoundTrip roundTrip, FileRead dg2Read) {}

  public static Result run(int apdus, int dg2Reads)
      throws ScannerBenchmark.Unavailable, IOException {
    if (apdus < 1 || dg2Reads < 1) {
      throw new IllegalArgumentException(
          "counts must be at least 1, were " + apdus + " and " + dg2Reads);
    }
    Path folder = Files.createTempDirectory("tiepdon-bench-chipbox");
    Path kiosk = folder.resolve("ttyKiosk");
    Path boxSide = folder.resolve("ttyBox");
    Process socat = Pty.start(kiosk, boxSide);
    BlockingQueue<CardHandle<ApduChannel>> cards = new LinkedBlockingQueue<>();
    SerialChipBox<ApduChannel> box =
        SerialChipBox.apduTunnel(
            new ChipBoxConfig(
                DeviceId.of(DeviceKind.CHIP_READER, "bench"),
                new PortSelector.ByPath(kiosk),
                SerialLine.DEFAULT,
                Duration.ofMillis(50),
                Duration.ofSeconds(5),
                Duration.ofMillis(500),
                false,
                48 * 1024),
            Clock.systemUTC());
    try (OutputStream out = Files.newOutputStream(boxSide);
        InputStream in = Files.newInputStream(boxSide)) {
      Thread responder = new Thread(() -> answer(in, out), "bench-box");
      responder.setDaemon(true);
      responder.start();
      box.start(
          new CardListener<>() {
            @Override
            public void placed(CardHandle<ApduChannel> card) {
              cards.add(card);
            }

            @Override
            public void removed(CardHandle<ApduChannel> card) {}
          });
      ApduChannel channel = awaitCard(box, cards);
      return new Result("socat pty pair", roundTrips(channel, apdus), dg2(channel, dg2Reads));
    } finally {
      box.close();
      Pty.stop(socat, folder, kiosk, boxSide);
    }
  }

  private static ApduChannel awaitCard(
      SerialChipBox<ApduChannel> box, BlockingQueue<CardHandle<ApduChannel>> cards)
      throws ScannerBenchmark.Unavailable {
    try {
      CardHandle<ApduChannel> card = cards.poll(10, TimeUnit.SECONDS);
      if (card == null || box.health().state() != HealthState.UP) {
        throw new ScannerBenchmark.Unavailable(
            "the box on the pty did not come up: " + box.health().detail());
      }
      return card.card();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScannerBenchmark.Unavailable("interrupted");
    }
  }

  private static RoundTrip roundTrips(ApduChannel channel, int count) throws CardChannelException {
    double[] millis = new double[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      channel.transceive(readBinary(i * CHUNK, CHUNK));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new RoundTrip(
        count, CHUNK + 2, round(pct(millis, 50)), round(pct(millis, 99)), round(millis[count - 1]));
  }

  private static FileRead dg2(ApduChannel channel, int reads) throws CardChannelException {
    int apdus = 0;
    long start = System.nanoTime();
    for (int r = 0; r < reads; r++) {
      for (int offset = 0; offset < DG2_BYTES; offset += CHUNK) {
        channel.transceive(readBinary(offset, Math.min(CHUNK, DG2_BYTES - offset)));
        apdus++;
      }
    }
    return new FileRead(DG2_BYTES, apdus / reads, round((System.nanoTime() - start) / 1e6 / reads));
  }

  private static byte[] readBinary(int offset, int le) {
    int p = offset & 0x7FFF;
    return new byte[] {0x00, (byte) 0xB0, (byte) (p >> 8), (byte) p, (byte) le};
  }

  /** The box: PONG with a card present, and {@code le} bytes + 9000 for every TRANSCEIVE. */
  private static void answer(InputStream in, OutputStream out) {
    FrameDecoder decoder =
        new FrameDecoder(
            BoxFrame.MAX_PAYLOAD,
            new FrameDecoder.Sink() {
              @Override
              public void frame(BoxFrame frame) {
                try {
                  if (frame.type() == FrameType.PING) {
                    out.write(
                        new BoxFrame(FrameType.PONG, frame.sequence(), new Pong(true, ATR).encode())
                            .encode());
                  } else if (frame.type() == FrameType.TRANSCEIVE) {
                    byte[] apdu = frame.payload();
                    int le = apdu.length == 5 ? (apdu[4] & 0xFF) : 0;
                    byte[] response = new byte[le + 2];
                    response[le] = (byte) 0x90;
                    out.write(
                        new BoxFrame(FrameType.RESPONSE, frame.sequence(), response).encode());
                  }
                  out.flush();
                } catch (IOException e) {
                  // the pty went away: the benchmark is over
                }
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
      // closed
    }
  }

  private static double pct(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
