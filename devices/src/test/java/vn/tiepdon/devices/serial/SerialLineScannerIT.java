package vn.tiepdon.devices.serial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.scanner.RecordingScanListener;
import vn.tiepdon.devices.scanner.RejectReason;
import vn.tiepdon.devices.scanner.ScanRejection;

/** The real jSerialComm adapter reading a pseudo-terminal pair made by socat. */
class SerialLineScannerIT {
  static final String CCCD =
      "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ"
          + " Chí Minh|20042021";
  static final String CAN_CUOC =
      "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3, Phường Hải Châu, Thành phố Đà"
          + " Nẵng|05032025||||";
  static final Duration PAUSE = Duration.ofMillis(30);
  static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;
  SocatPty pty;
  SerialLineScanner scanner;
  final RecordingScanListener listener = new RecordingScanListener();

  @BeforeEach
  void plugIn() throws Exception {
    SocatPty.assumeSocat();
    pty = new SocatPty(folder).start();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (scanner != null) {
      scanner.close();
    }
    if (pty != null) {
      pty.close();
    }
  }

  SerialLineScanner start(Framing framing, Duration debounce) {
    scanner =
        new SerialLineScanner(
            new SerialScannerConfig(
                DeviceId.of(DeviceKind.SCANNER, "pty"),
                new PortSelector.ByPath(pty.device()),
                SerialLine.DEFAULT,
                framing,
                debounce,
                Duration.ofMillis(50)),
            Clock.systemUTC());
    scanner.start(listener);
    await().atMost(WAIT).until(() -> scanner.health().state() == HealthState.UP);
    return scanner;
  }

  static Stream<Arguments> terminators() {
    return Stream.of(
        Arguments.of("CR", Framing.CR),
        Arguments.of("LF", Framing.LF),
        Arguments.of("CRLF", Framing.CRLF),
        Arguments.of("TAB", Framing.TAB),
        Arguments.of("custom ETX", new byte[] {0x03}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminators")
  void eachTerminatorFramesScans(String name, byte[] terminator) throws Exception {
    start(Framing.terminatedBy(terminator), Duration.ZERO);

    pty.send(concat(CCCD.getBytes(UTF_8), terminator));
    pty.send(concat(CAN_CUOC.getBytes(UTF_8), terminator));

    await().atMost(WAIT).until(() -> listener.scans.size() == 2);
    assertThat(listener.texts()).containsExactly(CCCD, CAN_CUOC);
    assertThat(scanner.portInUse()).isPresent();
  }

  @Test
  void idleGapFramesScansWithoutTerminator() throws Exception {
    start(Framing.idleGap(Duration.ofMillis(150)), Duration.ZERO);
    byte[] bytes = CCCD.getBytes(UTF_8);

    // Pieces closer together than the gap belong to one scan.
    pty.sendPiece(Arrays.copyOfRange(bytes, 0, 30), PAUSE);
    pty.send(Arrays.copyOfRange(bytes, 30, bytes.length));
    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    pty.send(CAN_CUOC.getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 2);

    assertThat(listener.texts()).containsExactly(CCCD, CAN_CUOC);
  }

  /** 20 ms is below the 0.1 s resolution of termios VTIME: the gap must still end each scan. */
  @Test
  void aShortIdleGapStillEndsEachScan() throws Exception {
    start(Framing.idleGap(Duration.ofMillis(20)), Duration.ZERO);

    pty.send(CCCD.getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    pty.send(CAN_CUOC.getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 2);

    assertThat(listener.texts()).containsExactly(CCCD, CAN_CUOC);
  }

  @Test
  void splitAndMergedFramesArriveWhole() throws Exception {
    start(Framing.terminatedBy(Framing.CRLF), Duration.ZERO);
    byte[] first = (CCCD + "\r").getBytes(UTF_8);

    // One frame in three reads, its terminator split between two of them ...
    pty.sendPiece(Arrays.copyOfRange(first, 0, 10), PAUSE);
    pty.sendPiece(Arrays.copyOfRange(first, 10, first.length), PAUSE);
    assertThat(listener.scans).isEmpty();
    // ... then the rest of the terminator, two whole frames and half a frame in one write.
    pty.send(("\n" + CAN_CUOC + "\r\nA1\r\nB").getBytes(UTF_8));
    pty.send("2\r\n".getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.scans.size() == 4);
    assertThat(listener.texts()).containsExactly(CCCD, CAN_CUOC, "A1", "B2");
  }

  @Test
  void diacriticsSplitAcrossReadsArriveIntact() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    String name = "Nguyễn Thị Ánh Tuyết";
    byte[] bytes = (name + "\r").getBytes(UTF_8);
    // "ễ" is E1 BB 85: cut inside it and inside "Á" (C3 81).
    int insideE = "Nguy".getBytes(UTF_8).length + 1;
    int insideA = "Nguyễn Thị ".getBytes(UTF_8).length + 1;

    pty.sendPiece(Arrays.copyOfRange(bytes, 0, insideE), PAUSE);
    pty.sendPiece(Arrays.copyOfRange(bytes, insideE, insideE + 1), PAUSE);
    pty.sendPiece(Arrays.copyOfRange(bytes, insideE + 1, insideA), PAUSE);
    pty.send(Arrays.copyOfRange(bytes, insideA, bytes.length));

    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    assertThat(listener.texts()).containsExactly(name);
    assertThat(listener.rejections).isEmpty();
  }

  @Test
  void invalidUtf8IsReportedAndTheNextScanStillArrives() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ZERO);

    pty.send(new byte[] {'A', 'B', (byte) 0xFF, (byte) 0xFE, 'C', '\r'});
    pty.send((CCCD + "\r").getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    assertThat(listener.rejections)
        .extracting(ScanRejection::reason, ScanRejection::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.INVALID_UTF8, 2));
    assertThat(listener.texts()).containsExactly(CCCD);
  }

  @Test
  void aFrameOverTheSizeLimitIsDroppedAndReported() throws Exception {
    start(Framing.terminatedBy(Framing.CR).withMaxFrameBytes(64), Duration.ZERO);

    pty.send(("X".repeat(1000) + "\r").getBytes(UTF_8));
    pty.send("after\r".getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    assertThat(listener.rejections)
        .extracting(ScanRejection::reason, ScanRejection::frameBytes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.FRAME_TOO_LONG, 1000));
    assertThat(listener.texts()).containsExactly("after");
  }

  @Test
  void aScannerSendingAnotherTerminatorIsReported() throws Exception {
    start(Framing.terminatedBy(Framing.CRLF), Duration.ZERO);

    pty.send((CCCD + "\r").getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.rejections.size() == 1);
    assertThat(listener.rejections.get(0).reason()).isEqualTo(RejectReason.UNTERMINATED);
    assertThat(listener.scans).isEmpty();
  }

  @Test
  void aRepeatedCodeWithinTheDebounceWindowIsOneScan() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ofMinutes(1));

    pty.send((CCCD + "\r" + CCCD + "\r" + "other\r" + "other\r").getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.scans.size() == 2);
    pty.send("last\r".getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 3);
    assertThat(listener.texts()).containsExactly(CCCD, "other", "last");
  }

  @Test
  void unplugIsReportedAtOnceAndReplugReopensThePort() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    List<HealthReason> reasons = new ArrayList<>();
    java.util.concurrent.atomic.AtomicLong downAt = new java.util.concurrent.atomic.AtomicLong();
    scanner.onHealthChange(
        (before, after) -> {
          reasons.add(after.reason());
          if (after.state() == HealthState.DOWN) {
            downAt.set(System.nanoTime());
          }
        });
    pty.send("before\r".getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 1);

    pty.sendPiece("half a co".getBytes(UTF_8), PAUSE);
    long unplugged = System.nanoTime();
    pty.unplug();
    await().atMost(WAIT).until(() -> scanner.health().state() == HealthState.DOWN);
    long downMillis = (downAt.get() - unplugged) / 1_000_000;
    assertThat(scanner.health().reason()).isEqualTo(HealthReason.UNPLUGGED);
    assertThat(scanner.portInUse()).isEmpty();

    long replugged = System.nanoTime();
    pty.start();
    await().atMost(WAIT).until(() -> scanner.health().state() == HealthState.UP);
    System.out.printf(
        "unplug: DOWN %d ms after socat was told to exit; UP within %d ms of restarting it%n",
        downMillis, (System.nanoTime() - replugged) / 1_000_000);
    pty.send("after\r".getBytes(UTF_8));

    await().atMost(WAIT).until(() -> listener.scans.size() == 2);
    assertThat(listener.texts()).containsExactly("before", "after");
    assertThat(reasons).containsExactly(HealthReason.UNPLUGGED, HealthReason.OK);
  }

  @Test
  void aScannerMissingAtStartIsFoundWhenItAppears() throws Exception {
    pty.unplug();
    scanner =
        new SerialLineScanner(
            new SerialScannerConfig(
                DeviceId.of(DeviceKind.SCANNER, "pty"),
                new PortSelector.ByPath(pty.device()),
                SerialLine.DEFAULT,
                Framing.terminatedBy(Framing.CR),
                Duration.ZERO,
                Duration.ofMillis(50)),
            Clock.systemUTC());
    scanner.start(listener);
    await().atMost(WAIT).until(() -> scanner.health().reason() == HealthReason.PORT_NOT_FOUND);
    assertThat(scanner.health().detail()).endsWith("ttyKiosk does not exist");
    assertThat(scanner.selfTest().passed()).isFalse();

    pty.start();
    await().atMost(WAIT).until(() -> scanner.health().state() == HealthState.UP);
    assertThat(scanner.selfTest().passed()).isTrue();
    pty.send((CAN_CUOC + "\r").getBytes(UTF_8));
    await().atMost(WAIT).until(() -> listener.scans.size() == 1);
    assertThat(listener.texts()).containsExactly(CAN_CUOC);
  }

  @Test
  void aFloodOfAThousandScansLosesAndMergesNone() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ofSeconds(1));
    List<String> sent = new ArrayList<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < 1000; i++) {
      String text = String.format("%012d|Nguyễn Văn An %04d|Nam", 79085000000L + i, i);
      sent.add(text);
      all.writeBytes((text + "\r").getBytes(UTF_8));
    }
    byte[] bytes = all.toByteArray();

    long startNanos = System.nanoTime();
    for (int at = 0; at < bytes.length; at += 1000) {
      pty.send(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1000)));
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> listener.scans.size() >= 1000);
    long millis = (System.nanoTime() - startNanos) / 1_000_000;

    assertThat(listener.texts()).isEqualTo(sent);
    assertThat(listener.rejections).isEmpty();
    System.out.printf(
        "flood: 1000 scans, %d bytes over the pty in %d ms (%.0f scans/s)%n",
        bytes.length, millis, 1000_000.0 / Math.max(1, millis));
  }

  @Test
  void closeStopsReadingAndReportsClosed() throws Exception {
    start(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    scanner.close();
    assertThat(scanner.health().reason()).isEqualTo(HealthReason.CLOSED);
    assertThat(scanner.portInUse()).isEmpty();
    pty.send("ignored\r".getBytes(UTF_8));
    Thread.sleep(PAUSE.toMillis());
    assertThat(listener.scans).isEmpty();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
