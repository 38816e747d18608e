package vn.tiepdon.queue;

import java.time.Duration;
import java.util.List;

/**
 * Estimates the wait from recorded service times: the median of the most recent ones, so that one
 * long consultation does not double everyone's estimate; the configured minutes per patient until
 * there are enough records.
 */
public final class WaitEstimator {
  /** Recent service times the estimate looks at. */
  public static final int WINDOW = 20;

  /** Below this many records the configured default is more honest than a median. */
  public static final int MIN_SAMPLES = 5;

  private final int defaultMinutesPerPatient;

  public WaitEstimator(int defaultMinutesPerPatient) {
    if (defaultMinutesPerPatient < 1) {
      throw new IllegalArgumentException(
          "defaultMinutesPerPatient must be > 0, was " + defaultMinutesPerPatient);
    }
    this.defaultMinutesPerPatient = defaultMinutesPerPatient;
  }

  /** Seconds one patient takes, from the recent service times (newest first or any order). */
  public long secondsPerPatient(List<Duration> recentServiceTimes) {
    if (recentServiceTimes.size() < MIN_SAMPLES) {
      return defaultMinutesPerPatient * 60L;
    }
    long[] seconds =
        recentServiceTimes.stream().limit(WINDOW).mapToLong(Duration::toSeconds).sorted().toArray();
    int mid = seconds.length / 2;
    return seconds.length % 2 == 1 ? seconds[mid] : (seconds[mid - 1] + seconds[mid]) / 2;
  }

  /** Minutes until a patient with {@code ahead} people before them is called, rounded up. */
  public int etaMinutes(int ahead, List<Duration> recentServiceTimes) {
    if (ahead < 0) {
      throw new IllegalArgumentException("ahead must be >= 0, was " + ahead);
    }
    long seconds = ahead * secondsPerPatient(recentServiceTimes);
    return Math.toIntExact((seconds + 59) / 60);
  }
}
