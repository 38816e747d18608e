package vn.tiepdon.devices.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short run of the chip-box tunnel benchmark over a real pty pair. */
class ChipBoxBenchmarkIT {
  @Test
  void measuresRoundTripsAndADg2SizedRead() throws Exception {
    ScannerBenchmarkIT.assumeSocat();

    ChipBoxBenchmark.Result result = ChipBoxBenchmark.run(50, 2);

    assertThat(result.roundTrip().apdus()).isEqualTo(50);
    assertThat(result.roundTrip().responseBytes()).isEqualTo(225);
    assertThat(result.roundTrip().p50Ms())
        .isPositive()
        .isLessThanOrEqualTo(result.roundTrip().p99Ms());
    assertThat(result.dg2Read().apdus()).isEqualTo(90); // ceil(20000 / 223)
    assertThat(result.dg2Read().ms()).isPositive();
  }
}
