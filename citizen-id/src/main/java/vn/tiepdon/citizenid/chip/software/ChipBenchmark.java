package vn.tiepdon.citizenid.chip.software;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.chip.ChipReadException;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.ChipReading;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

/**
 * Full chip reads (access control, EF.COM, DG1, DG2, DG13, SOD, passive authentication, face
 * decoding) against the software chip, for {@code tiepdon bench chip}: APDUs and milliseconds per
 * read, for PACE and BAC, with and without extended-length APDUs. Crypto and parsing costs are
 * real; radio time is not (a contactless card adds some 5-30 ms per APDU).
 */
public final class ChipBenchmark {
  private static final int WARM_UP = 3;

  /** One way of reading, measured over {@code reads} reads after a warm-up. */
  public record Scenario(
      String name,
      int reads,
      int apdusPerRead,
      int faceBytes,
      double medianMs,
      double p95Ms,
      double maxMs) {}

  /** All scenarios of one run. */
  public record Result(List<Scenario> scenarios) {}

  private ChipBenchmark() {}

  /**
   * @param reads timed reads per scenario, at least 1
   * @param face the DG2 image, e.g. a faces/dg2 JPEG 2000 token or {@link FaceImageFile#drawn}
   */
  public static Result run(Clock clock, int reads, FaceImageFile face) throws ChipReadException {
    if (reads < 1) {
      throw new IllegalArgumentException("reads must be >= 1, was " + reads);
    }
    CitizenCard card = MadeUpCitizens.asOf(clock).get(3).card();
    TestIssuer issuer = TestIssuer.generate("TiepDon Bench", clock);
    ChipReader reader = new ChipReader(CscaTrustStore.of(List.of(issuer.csca())), clock);
    ChipIssue pace = ChipIssue.genuine(face);
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        measure(
            "PACE, extended length",
            reads,
            face,
            reader,
            card,
            () -> SoftwareChips.issue(card, issuer, pace)));
    scenarios.add(
        measure(
            "BAC, extended length",
            reads,
            face,
            reader,
            card,
            () -> SoftwareChips.issue(card, issuer, pace.withoutPace())));
    scenarios.add(
        measure(
            "PACE, short APDUs only",
            reads,
            face,
            reader,
            card,
            () -> SoftwareChips.issue(card, issuer, pace).shortApdusOnly()));
    return new Result(scenarios);
  }

  private static Scenario measure(
      String name,
      int reads,
      FaceImageFile face,
      ChipReader reader,
      CitizenCard card,
      java.util.function.Supplier<SoftwareChip> chips)
      throws ChipReadException {
    for (int i = 0; i < WARM_UP; i++) {
      reader.read(chips.get(), card);
    }
    long[] nanos = new long[reads];
    int apdus = 0;
    for (int i = 0; i < reads; i++) {
      SoftwareChip chip = chips.get();
      long start = System.nanoTime();
      ChipReading reading = reader.read(chip, card);
      nanos[i] = System.nanoTime() - start;
      apdus = reading.apdus();
    }
    Arrays.sort(nanos);
    UnaryOperator<Double> ms = n -> Math.round(n / 1e4) / 100.0;
    return new Scenario(
        name,
        reads,
        apdus,
        face.bytes().length,
        ms.apply((double) nanos[reads / 2]),
        ms.apply((double) nanos[Math.min(reads - 1, (int) Math.ceil(reads * 0.95) - 1)]),
        ms.apply((double) nanos[reads - 1]));
  }
}
