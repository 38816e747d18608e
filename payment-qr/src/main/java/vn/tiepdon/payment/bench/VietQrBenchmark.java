package vn.tiepdon.payment.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.bank.BankBin;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.reference.ReferenceCodeFinder;
import vn.tiepdon.payment.vietqr.VietQrCodec;
import vn.tiepdon.payment.vietqr.VietQrDecodeException;
import vn.tiepdon.payment.vietqr.VietQrPayload;

/**
 * Encode and decode cost of a typical kiosk payload (vietqr.md Example B, 202 characters) and the
 * cost of finding a reference code in mangled transfer content, in microseconds per operation.
 * {@link #microsecondsPerOperation} runs it from code (for {@code tiepdon bench vietqr}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VietQrBenchmark {
  static final String EXAMPLE_B =
      "00020101021238580010A000000727012800069704180114215100012345670208QRIBFTTA5303704540723500"
          + "005802VN5921BENH VIEN DA KHOA ABC6006HA NOI62570113HD240915001230707KIOSK010825TT VIEN"
          + " PHI HD2409150012363044334";

  static final String MANGLED_CONTENT =
      "MBVCB.4530998360.029552.TD7K3\nM9QV VIEN PHI.CT tu 0351000646393 NGUYEN THE HUNG toi"
          + " 231814973 BENH VIEN DA KHOA ABC tai VPBANK";

  private final VietQrCodec codec = new VietQrCodec();
  private final ReferenceCodeFinder finder = new ReferenceCodeFinder();
  private final VietQrPayload payload =
      VietQrPayload.builder(BankBin.of("970418"), "21510001234567")
          .amount(Money.ofDong(2_350_000))
          .merchantName("BENH VIEN DA KHOA ABC")
          .merchantCity("HA NOI")
          .billNumber("HD24091500123")
          .terminalLabel("KIOSK01")
          .purpose("TT VIEN PHI HD24091500123")
          .build();

  @Benchmark
  public String encode() {
    return codec.encode(payload);
  }

  @Benchmark
  public VietQrPayload decode() throws VietQrDecodeException {
    return codec.decode(EXAMPLE_B);
  }

  @Benchmark
  public Object findReference() {
    return finder.findSingle(MANGLED_CONTENT).orElse(null);
  }

  /** Runs the benchmarks and returns µs/op per benchmark method name. */
  public static Map<String, Double> microsecondsPerOperation(
      Duration warmup, Duration measurement, int forks) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(VietQrBenchmark.class.getName() + "\\.")
            .forks(forks)
            .warmupIterations(3)
            .warmupTime(TimeValue.milliseconds(Math.max(1, warmup.toMillis() / 3)))
            .measurementIterations(5)
            .measurementTime(TimeValue.milliseconds(Math.max(1, measurement.toMillis() / 5)))
            .build();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (RunResult result : new Runner(options).run()) {
      String name = result.getParams().getBenchmark();
      scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    return scores;
  }

  public static void main(String[] args) throws RunnerException {
    microsecondsPerOperation(Duration.ofSeconds(10), Duration.ofSeconds(10), 1)
        .forEach((name, us) -> System.out.printf("%s %.3f us/op%n", name, us));
  }

  static ReferenceCode expectedReference() {
    return new ReferenceCode("TD7K3M9QV");
  }
}
