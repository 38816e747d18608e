package vn.tiepdon.citizenid.chip.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The benchmark's shape and APDU counts; its timings are not asserted (they are the output). */
class ChipBenchmarkTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void measuresThreeWaysOfReading() throws Exception {
    ChipBenchmark.Result result = ChipBenchmark.run(CLOCK, 2, FaceImageFile.drawn(Color.ORANGE));

    assertThat(result.scenarios())
        .extracting(ChipBenchmark.Scenario::name)
        .containsExactly("PACE, extended length", "BAC, extended length", "PACE, short APDUs only");
    assertThat(result.scenarios().get(0).apdusPerRead()).isEqualTo(23);
    assertThat(result.scenarios().get(1).apdusPerRead()).isEqualTo(18);
    assertThat(result.scenarios().get(2).apdusPerRead()).isGreaterThan(23);
    assertThat(result.scenarios())
        .allSatisfy(s -> assertThat(s.maxMs()).isGreaterThanOrEqualTo(s.medianMs()));
  }

  @Test
  void needsAtLeastOneRead() {
    assertThatThrownBy(() -> ChipBenchmark.run(CLOCK, 0, FaceImageFile.drawn(Color.ORANGE)))
        .hasMessage("reads must be >= 1, was 0");
  }
}
