package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreEvaluationTest {
  @Test
  void separatedClassesHaveNoErrorAndTheThresholdInTheMiddleOfTheGap() {
    ScoreEvaluation e = ScoreEvaluation.of(new double[] {0.7, 0.8, 0.9}, new double[] {0.1, 0.3});
    assertThat(e.eer()).isZero();
    assertThat(e.thresholdAtEer()).isCloseTo(0.5, within(1e-9));
    assertThat(e.genuine()).isEqualTo(3);
    assertThat(e.impostor()).isEqualTo(2);
    assertThat(e.fnmrAtFmr1e2()).isEmpty();
    assertThat(e.fnmrAtFmr1e3()).isEmpty();
    assertThat(e.genuinePercentiles()).containsEntry("min", 0.7).containsEntry("p50", 0.8);
    assertThat(e.impostorPercentiles()).containsEntry("max", 0.3);
  }

  @Test
  void overlappingClassesGiveTheRateWhereBothErrorsMeet() {
    // Genuine 0.4..0.9, impostor 0.1..0.6: at 0.55 one genuine of four (0.4) is rejected and one
    // impostor of four (0.6) accepted.
    ScoreEvaluation e =
        ScoreEvaluation.of(new double[] {0.4, 0.7, 0.8, 0.9}, new double[] {0.1, 0.2, 0.3, 0.6});
    assertThat(e.eer()).isCloseTo(0.25, within(1e-9));
    assertThat(e.thresholdAtEer()).isBetween(0.4, 0.6);
  }

  @Test
  void fnmrAtAFixedFmrNeedsEnoughImpostors() {
    double[] impostor = new double[200];
    for (int i = 0; i < impostor.length; i++) {
      impostor[i] = i / 1000.0; // 0.000 .. 0.199
    }
    double[] genuine = {0.15, 0.5, 0.6, 0.7};
    ScoreEvaluation e = ScoreEvaluation.of(genuine, impostor);
    // FMR ≤ 1e-2 allows 2 of 200 impostors at or above the threshold: threshold just above 0.197,
    // which rejects the genuine 0.15.
    assertThat(e.fnmrAtFmr1e2()).hasValue(0.25);
    assertThat(e.fnmrAtFmr1e3()).isEmpty();
  }

  @Test
  void emptyClassesAreRefused() {
    assertThatThrownBy(() -> ScoreEvaluation.of(new double[] {0.5}, new double[0]))
        .hasMessageContaining("0 impostor");
  }

  @Test
  void percentilesInterpolate() {
    assertThat(ScoreEvaluation.percentile(new double[] {0, 1, 2, 3, 4}, 0.5)).isEqualTo(2.0);
    assertThat(ScoreEvaluation.percentile(new double[] {0, 10}, 0.05)).isCloseTo(0.5, within(1e-9));
  }
}
