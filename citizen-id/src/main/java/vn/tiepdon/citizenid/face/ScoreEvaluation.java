package vn.tiepdon.citizenid.face;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Error rates of a verifier over labelled pairs: equal error rate, the false non-match rate at a
 * target false match rate, score percentiles. A hospital calibrates its threshold with it on its
 * own photos. A score counts as a match when it is at or above the threshold.
 *
 * @param genuine number of same-person pairs scored
 * @param impostor number of different-person pairs scored
 * @param eer equal error rate
 * @param thresholdAtEer threshold where false match and false non-match rates meet (the middle of
 *     the gap when the classes separate)
 * @param fnmrAtFmr1e2 false non-match rate at the lowest threshold with FMR ≤ 1e-2; empty with
 *     fewer than 100 impostor pairs (too few to measure that rate)
 * @param fnmrAtFmr1e3 the same at FMR ≤ 1e-3, with at least 1000 impostor pairs
 * @param genuinePercentiles min, p5, p50, p95, max of genuine scores
 * @param impostorPercentiles the same for impostor scores
 */
public record ScoreEvaluation(
    int genuine,
    int impostor,
    double eer,
    double thresholdAtEer,
    OptionalDouble fnmrAtFmr1e2,
    OptionalDouble fnmrAtFmr1e3,
    Map<String, Double> genuinePercentiles,
    Map<String, Double> impostorPercentiles) {

  public static ScoreEvaluation of(double[] genuineScores, double[] impostorScores) {
    if (genuineScores.length == 0 || impostorScores.length == 0) {
      throw new IllegalArgumentException(
          "evaluation needs at least one genuine and one impostor pair, got "
              + genuineScores.length
              + " genuine and "
              + impostorScores.length
              + " impostor");
    }
    double[] g = genuineScores.clone();
    double[] i = impostorScores.clone();
    Arrays.sort(g);
    Arrays.sort(i);
    double[] candidates = candidates(g, i);
    double bestWorst = Double.MAX_VALUE;
    double bestGap = Double.MAX_VALUE;
    double eer = 1;
    int firstBest = 0;
    int lastBest = 0;
    for (int k = 0; k < candidates.length; k++) {
      double fmr = fmr(i, candidates[k]);
      double fnmr = fnmr(g, candidates[k]);
      double worst = Math.max(fmr, fnmr);
      double gap = Math.abs(fmr - fnmr);
      if (worst < bestWorst - 1e-12
          || (Math.abs(worst - bestWorst) <= 1e-12 && gap < bestGap - 1e-12)) {
        bestWorst = worst;
        bestGap = gap;
        eer = (fmr + fnmr) / 2;
        firstBest = k;
        lastBest = k;
      } else if (Math.abs(worst - bestWorst) <= 1e-12 && Math.abs(gap - bestGap) <= 1e-12) {
        lastBest = k;
      }
    }
    double threshold = (candidates[firstBest] + candidates[lastBest]) / 2;
    return new ScoreEvaluation(
        g.length,
        i.length,
        eer,
        threshold,
        fnmrAt(g, i, 1e-2),
        fnmrAt(g, i, 1e-3),
        percentiles(g),
        percentiles(i));
  }

  /**
   * Thresholds worth trying: one below every score, the midpoint between each pair of neighbouring
   * distinct scores, one above every score.
   */
  private static double[] candidates(double[] g, double[] i) {
    double[] all = new double[g.length + i.length];
    System.arraycopy(g, 0, all, 0, g.length);
    System.arraycopy(i, 0, all, g.length, i.length);
    double[] distinct = Arrays.stream(all).sorted().distinct().toArray();
    double[] out = new double[distinct.length + 1];
    out[0] = distinct[0] - 1e-6;
    for (int k = 1; k < distinct.length; k++) {
      out[k] = (distinct[k - 1] + distinct[k]) / 2;
    }
    out[distinct.length] = distinct[distinct.length - 1] + 1e-6;
    return out;
  }

  private static double fmr(double[] impostorSorted, double threshold) {
    return (double) (impostorSorted.length - lowerBound(impostorSorted, threshold))
        / impostorSorted.length;
  }

  private static double fnmr(double[] genuineSorted, double threshold) {
    return (double) lowerBound(genuineSorted, threshold) / genuineSorted.length;
  }

  /** Number of values strictly below the threshold. */
  private static int lowerBound(double[] sorted, double threshold) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < threshold) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static OptionalDouble fnmrAt(double[] g, double[] i, double targetFmr) {
    if (i.length < Math.round(1 / targetFmr)) {
      return OptionalDouble.empty();
    }
    // The lowest threshold whose FMR stays within the target: just above the impostor score
    // that would otherwise be one match too many.
    int allowed = (int) Math.floor(targetFmr * i.length);
    double threshold = Math.nextUp(i[i.length - 1 - allowed]);
    return OptionalDouble.of(fnmr(g, threshold));
  }

  private static Map<String, Double> percentiles(double[] sorted) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("min", sorted[0]);
    out.put("p5", percentile(sorted, 0.05));
    out.put("p50", percentile(sorted, 0.50));
    out.put("p95", percentile(sorted, 0.95));
    out.put("max", sorted[sorted.length - 1]);
    return out;
  }

  /** Linear interpolation between closest ranks. */
  static double percentile(double[] sorted, double q) {
    double rank = q * (sorted.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
  }
}
