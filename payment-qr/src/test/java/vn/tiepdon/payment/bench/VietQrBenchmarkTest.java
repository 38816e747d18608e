package vn.tiepdon.payment.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark measures what it claims: each operation does its real work on valid input. */
class VietQrBenchmarkTest {
  private final VietQrBenchmark benchmark = new VietQrBenchmark();

  @Test
  void encodeProducesExampleB() {
    assertThat(benchmark.encode()).isEqualTo(VietQrBenchmark.EXAMPLE_B);
  }

  @Test
  void decodeReadsExampleB() throws Exception {
    assertThat(benchmark.decode().purpose()).contains("TT VIEN PHI HD24091500123");
  }

  @Test
  void findReferenceFindsTheCode() {
    assertThat(benchmark.findReference()).isEqualTo(VietQrBenchmark.expectedReference());
  }

  @Test
  void harnessWasGeneratedIntoTheJar() {
    assertThat(VietQrBenchmark.class.getResource("/META-INF/BenchmarkList")).isNotNull();
  }
}
