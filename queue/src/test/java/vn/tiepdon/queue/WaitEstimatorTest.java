package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WaitEstimatorTest {
  private final WaitEstimator estimator = new WaitEstimator(5);

  private static List<Duration> minutes(int... values) {
    return IntStream.of(values).mapToObj(Duration::ofMinutes).collect(Collectors.toList());
  }

  @Test
  void usesTheConfiguredDefaultUntilThereIsEnoughHistory() {
    assertThat(estimator.etaMinutes(12, List.of())).isEqualTo(60);
    assertThat(estimator.etaMinutes(12, minutes(1, 1, 1, 1))).isEqualTo(60);
  }

  @Test
  void usesTheMedianOfRecentServiceTimes() {
    assertThat(estimator.etaMinutes(10, minutes(2, 3, 3, 4, 40))).isEqualTo(30);
    assertThat(estimator.secondsPerPatient(minutes(2, 3, 4, 5, 6, 7))).isEqualTo(270);
  }

  @Test
  void looksOnlyAtTheMostRecentWindow() {
    List<Duration> recent =
        new java.util.ArrayList<>(Collections.nCopies(20, Duration.ofMinutes(2)));
    recent.addAll(Collections.nCopies(30, Duration.ofMinutes(30)));

    assertThat(estimator.etaMinutes(5, recent)).isEqualTo(10);
  }

  @Test
  void roundsUpToWholeMinutesAndIsZeroWithNobodyAhead() {
    List<Duration> ninetySeconds = Collections.nCopies(5, Duration.ofSeconds(90));

    assertThat(estimator.etaMinutes(1, ninetySeconds)).isEqualTo(2);
    assertThat(estimator.etaMinutes(0, ninetySeconds)).isZero();
  }

  @Test
  void rejectsNegativeInput() {
    assertThatThrownBy(() -> estimator.etaMinutes(-1, List.of()))
        .hasMessage("ahead must be >= 0, was -1");
    assertThatThrownBy(() -> new WaitEstimator(0))
        .hasMessage("defaultMinutesPerPatient must be > 0, was 0");
  }
}
