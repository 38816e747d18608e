package vn.tiepdon.devices.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.scanner.RecordingScanListener;
import vn.tiepdon.devices.scanner.RejectReason;
import vn.tiepdon.devices.scanner.ScanRejection;

class SimulatedScannerTest {
  static final String CCCD =
      "001304009876||Trần Thị Bình|02092004|Nữ|Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội|10102021";

  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final RecordingScanListener listener = new RecordingScanListener();

  private SimulatedScanner scanner(Framing framing, Duration debounce) {
    return new SimulatedScanner(
        DeviceId.of(DeviceKind.SCANNER, "sim"), framing, debounce, clock, new Random(7));
  }

  @Test
  void deliversScansWithTheirTimeOnceStarted() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    assertThat(s.scan(CCCD)).isFalse();
    assertThat(s.health().reason()).isEqualTo(HealthReason.NOT_STARTED);

    s.start(listener);
    assertThat(s.scan(CCCD)).isTrue();

    assertThat(s.health().state()).isEqualTo(HealthState.UP);
    assertThat(listener.scans)
        .singleElement()
        .satisfies(
            scan -> {
              assertThat(scan.text()).isEqualTo(CCCD);
              assertThat(scan.at()).isEqualTo(clock.instant());
            });
  }

  @Test
  void prefixSuffixAndIdleGapFramingGoThroughTheRealPipeline() {
    SimulatedScanner s =
        scanner(
            Framing.idleGap(Duration.ofMillis(80))
                .withStrip("]Q1".getBytes(StandardCharsets.UTF_8), new byte[0]),
            Duration.ZERO);
    s.start(listener);

    s.scan(CCCD);
    s.sendBytes("]Q1Lê ".getBytes(StandardCharsets.UTF_8));
    s.sendBytes("Thị Cúc".getBytes(StandardCharsets.UTF_8));
    s.idle();

    assertThat(listener.texts()).containsExactly(CCCD, "Lê Thị Cúc");
  }

  @Test
  void unplugReportsDownAtOnceAndPlugInResumes() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    s.start(listener);
    s.sendBytes("half a co".getBytes(StandardCharsets.UTF_8));

    clock.advance(Duration.ofSeconds(3));
    s.unplug();
    assertThat(s.health().state()).isEqualTo(HealthState.DOWN);
    assertThat(s.health().reason()).isEqualTo(HealthReason.UNPLUGGED);
    assertThat(s.health().since()).isEqualTo(clock.instant());
    assertThat(s.scan("lost")).isFalse();

    s.plugIn();
    s.scan("after");
    assertThat(s.health().state()).isEqualTo(HealthState.UP);
    assertThat(listener.texts()).containsExactly("after");
  }

  @Test
  void garbageBytesAreReportedNotDelivered() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    s.start(listener);

    s.garbage(12);
    s.scan("ok");

    assertThat(listener.rejections)
        .extracting(ScanRejection::reason, ScanRejection::frameBytes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.INVALID_UTF8, 12));
    assertThat(listener.texts()).containsExactly("ok");
    assertThatThrownBy(() -> s.garbage(0)).hasMessage("count must be >= 1, was 0");
  }

  @Test
  void misreadsReplaceAShareOfScans() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    s.start(listener);
    s.misreadPercent(100);
    s.scan(CCCD);
    s.misreadPercent(0);
    s.scan(CCCD);

    assertThat(listener.rejections).hasSize(1);
    assertThat(listener.texts()).containsExactly(CCCD);
    assertThatThrownBy(() -> s.misreadPercent(101))
        .hasMessage("misreadPercent must be 0..100, was 101");
  }

  @Test
  void repeatedScansAreDebounced() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ofSeconds(2));
    s.start(listener);
    s.scan(CCCD);
    clock.advance(Duration.ofMillis(500));
    s.scan(CCCD);
    assertThat(listener.scans).hasSize(1);
  }

  @Test
  void closedScannerIsDownAndCannotStart() {
    SimulatedScanner s = scanner(Framing.terminatedBy(Framing.CR), Duration.ZERO);
    s.close();
    assertThat(s.health().reason()).isEqualTo(HealthReason.CLOSED);
    assertThat(s.selfTest().passed()).isFalse();
    assertThatThrownBy(() -> s.start(listener)).hasMessage("scanner/sim is closed");
  }
}
