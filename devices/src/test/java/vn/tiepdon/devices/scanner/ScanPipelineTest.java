package vn.tiepdon.devices.scanner;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.devices.MutableClock;

class ScanPipelineTest {
  static final String CCCD =
      "079085001234|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ"
          + " Chí Minh|20042021";
  static final String CAN_CUOC =
      "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3, Phường Hải Châu, Thành phố Đà"
          + " Nẵng|05032025||||";

  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final RecordingScanListener listener = new RecordingScanListener();

  private ScanPipeline pipeline(Framing framing) {
    return new ScanPipeline(framing, Duration.ZERO, clock, listener);
  }

  static Stream<Arguments> terminators() {
    return Stream.of(
        Arguments.of("CR", Framing.CR),
        Arguments.of("LF", Framing.LF),
        Arguments.of("CRLF", Framing.CRLF),
        Arguments.of("TAB", Framing.TAB),
        Arguments.of("ETX", new byte[] {0x03}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminators")
  void eachTerminatorEndsAFrame(String name, byte[] terminator) {
    ScanPipeline p = pipeline(Framing.terminatedBy(terminator));

    p.accept(concat(CCCD.getBytes(UTF_8), terminator, CAN_CUOC.getBytes(UTF_8), terminator));

    assertThat(listener.texts()).containsExactly(CCCD, CAN_CUOC);
    assertThat(listener.rejections).isEmpty();
  }

  @Test
  void aFrameSplitIntoSinglesBytesArrivesWhole() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CRLF));
    byte[] bytes = (CCCD + "\r\n").getBytes(UTF_8);

    for (byte b : bytes) {
      assertThat(listener.scans).isEmpty();
      p.accept(new byte[] {b});
    }

    assertThat(listener.texts()).containsExactly(CCCD);
  }

  @Test
  void aPartialFrameWaitsForTheRest() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CR));
    byte[] bytes = (CCCD + "\r" + "NEXT").getBytes(UTF_8);

    p.accept(bytes);
    assertThat(listener.texts()).containsExactly(CCCD);
    p.accept("\r".getBytes(UTF_8));
    assertThat(listener.texts()).containsExactly(CCCD, "NEXT");
  }

  @Test
  void idleGapEndsAFrameWithoutTerminator() {
    ScanPipeline p = pipeline(Framing.idleGap(Duration.ofMillis(50)));

    p.accept(Arrays.copyOfRange(CCCD.getBytes(UTF_8), 0, 20));
    p.accept(Arrays.copyOfRange(CCCD.getBytes(UTF_8), 20, CCCD.getBytes(UTF_8).length));
    assertThat(listener.scans).isEmpty();
    p.idle();
    p.idle();

    assertThat(listener.texts()).containsExactly(CCCD);
  }

  @Test
  void terminatorBytesInsideIdleGapFramesAreKept() {
    ScanPipeline p = pipeline(Framing.idleGap(Duration.ofMillis(50)));
    p.accept("a\rb\n".getBytes(UTF_8));
    p.idle();
    assertThat(listener.texts()).containsExactly("a\rb\n");
  }

  @Test
  void invalidUtf8IsRejectedWithTheBadBytePosition() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CR));
    byte[] bad = concat("Nguy".getBytes(UTF_8), new byte[] {(byte) 0xC3, 0x28}, "n\r".getBytes());

    p.accept(bad);
    p.accept("ok\r".getBytes(UTF_8));

    assertThat(listener.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.INVALID_UTF8);
              assertThat(r.position()).isEqualTo(4);
              assertThat(r.frameBytes()).isEqualTo(7);
              assertThat(r.describe()).isEqualTo("frame of 7 bytes is not valid UTF-8 at byte 4");
            });
    assertThat(listener.texts()).containsExactly("ok");
  }

  @Test
  void aTruncatedCharacterAtTheEndIsInvalid() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CR));
    byte[] e = "ễ".getBytes(UTF_8);
    p.accept(concat("Nguy".getBytes(UTF_8), Arrays.copyOf(e, 2), "\r".getBytes(UTF_8)));

    assertThat(listener.rejections).extracting(ScanRejection::position).containsExactly(4);
  }

  @Test
  void anOversizedFrameIsDroppedUpToItsTerminatorAndTheNextOneArrives() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CRLF).withMaxFrameBytes(16));

    p.accept("0123456789abcdefXYZ".getBytes(UTF_8));
    assertThat(listener.rejections).isEmpty();
    p.accept("more\r\nnext\r\n".getBytes(UTF_8));

    assertThat(listener.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.FRAME_TOO_LONG);
              assertThat(r.frameBytes()).isEqualTo(23);
            });
    assertThat(listener.texts()).containsExactly("next");
  }

  @Test
  void aFrameOfExactlyTheMaximumIsAccepted() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CRLF).withMaxFrameBytes(16));
    p.accept("0123456789abcdef\r\n".getBytes(UTF_8));
    assertThat(listener.texts()).containsExactly("0123456789abcdef");
  }

  @Test
  void anOversizedIdleGapFrameIsRejected() {
    ScanPipeline p = pipeline(Framing.idleGap(Duration.ofMillis(50)).withMaxFrameBytes(16));
    p.accept("0123456789abcdefXYZ".getBytes(UTF_8));
    p.idle();
    p.accept("short".getBytes(UTF_8));
    p.idle();

    assertThat(listener.rejections)
        .extracting(ScanRejection::reason, ScanRejection::frameBytes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.FRAME_TOO_LONG, 19));
    assertThat(listener.texts()).containsExactly("short");
  }

  @Test
  void prefixAndSuffixAreStrippedWhenPresent() {
    ScanPipeline p =
        pipeline(
            Framing.terminatedBy(Framing.CR).withStrip("]Q1".getBytes(UTF_8), new byte[] {0x04}));

    p.accept("]Q1Nguyễn\u0004\r".getBytes(UTF_8));
    p.accept("Văn\r".getBytes(UTF_8));
    p.accept("]Q1\r".getBytes(UTF_8));

    assertThat(listener.texts()).containsExactly("Nguyễn", "Văn");
  }

  @Test
  void emptyFramesAreSkipped() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CR));
    p.accept("\r\r\ra\r\r".getBytes(UTF_8));
    assertThat(listener.texts()).containsExactly("a");
  }

  @Test
  void theSameCodeWithinTheDebounceWindowIsOneScan() {
    ScanPipeline p =
        new ScanPipeline(Framing.terminatedBy(Framing.CR), Duration.ofSeconds(1), clock, listener);

    p.accept("A\r".getBytes(UTF_8));
    clock.advance(Duration.ofMillis(400));
    p.accept("A\r".getBytes(UTF_8));
    clock.advance(Duration.ofMillis(400));
    p.accept("B\r".getBytes(UTF_8));
    p.accept("A\r".getBytes(UTF_8));
    clock.advance(Duration.ofMillis(999));
    p.accept("A\r".getBytes(UTF_8));
    clock.advance(Duration.ofMillis(1000));
    p.accept("A\r".getBytes(UTF_8));

    assertThat(listener.texts()).containsExactly("A", "B", "A", "A");
    assertThat(listener.scans.get(3).at()).isEqualTo(clock.instant());
  }

  @Test
  void bytesLeftWithoutTheirTerminatorAreReportedAfterAWhile() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CRLF));
    p.accept("sent with CR only\r".getBytes(UTF_8));
    clock.advance(ScanPipeline.UNTERMINATED_AFTER.minusMillis(1));
    p.idle();
    assertThat(listener.rejections).isEmpty();

    clock.advance(Duration.ofMillis(1));
    p.idle();
    p.idle();
    p.accept("next\r\n".getBytes(UTF_8));

    assertThat(listener.rejections)
        .extracting(ScanRejection::reason, ScanRejection::frameBytes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.UNTERMINATED, 18));
    assertThat(listener.rejections.get(0).describe())
        .isEqualTo(
            "18 bytes arrived without the configured terminator; check the scanner's suffix");
    assertThat(listener.texts()).containsExactly("next");
  }

  @Test
  void resetDropsAPartialFrame() {
    ScanPipeline p = pipeline(Framing.terminatedBy(Framing.CR));
    p.accept("half".getBytes(UTF_8));
    p.reset();
    p.accept("whole\r".getBytes(UTF_8));
    assertThat(listener.texts()).containsExactly("whole");
  }

  @Test
  void aFailingListenerDoesNotStopTheStream() {
    RecordingScanListener after = new RecordingScanListener();
    ScanPipeline p =
        new ScanPipeline(
            Framing.terminatedBy(Framing.CR),
            Duration.ZERO,
            clock,
            scan -> {
              if (scan.text().equals("boom")) {
                throw new IllegalStateException("listener bug");
              }
              after.scanned(scan);
            });
    p.accept("boom\rfine\r".getBytes(UTF_8));
    assertThat(after.texts()).containsExactly("fine");
  }

  @Test
  void framingIsValidated() {
    assertThatThrownBy(() -> Framing.terminatedBy(new byte[0]))
        .hasMessage("terminator must be 1 to 4 bytes, was 0 bytes");
    assertThatThrownBy(() -> Framing.idleGap(Duration.ofSeconds(11)))
        .hasMessage("idleGap must be between 1 ms and 10 s, was PT11S");
    assertThatThrownBy(() -> Framing.terminatedBy(Framing.CR).withMaxFrameBytes(0))
        .hasMessage("maxFrameBytes must be >= 1, was 0");
    assertThatThrownBy(
            () ->
                new ScanPipeline(
                    Framing.terminatedBy(Framing.CR), Duration.ofSeconds(-1), clock, listener))
        .hasMessage("debounce must be >= 0, was PT-1S");
  }

  @Test
  void scansMaskCitizenIdsWhenPrinted() {
    Scan scan = new Scan(CCCD, clock.instant());
    assertThat(scan.toString()).doesNotContain("079085001234").doesNotContain("Nguyễn");
    assertThat(scan.maskedText()).startsWith("079******234|025123456|Nguyễn");
  }

  static byte[] concat(byte[]... parts) {
    int length = Arrays.stream(parts).mapToInt(a -> a.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
