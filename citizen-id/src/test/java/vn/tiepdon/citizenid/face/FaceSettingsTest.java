package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FaceSettingsTest {
  private final FaceSettings defaults = FaceSettings.of(Path.of("m"), EmbedderModel.SFACE);

  @Test
  void theThresholdBelongsToTheModel() {
    assertThat(defaults.threshold()).isEqualTo(0.363);
    assertThat(FaceSettings.of(Path.of("m"), EmbedderModel.MOBILEFACENET).threshold())
        .isEqualTo(0.40);
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(() -> defaults.withThreshold(1.5))
        .hasMessage("face.threshold must be a cosine between -1 and 1, was 1.5");
    assertThatThrownBy(() -> defaults.withDetectionMaxSide(100))
        .hasMessageContaining("face.detectionMaxSide")
        .hasMessageContaining("100");
    assertThatThrownBy(() -> new QualityThresholds(10, 0.8, 0.3, 20, 15, 50, 215))
        .hasMessageContaining("face.quality.minFaceWidthPx");
    assertThatThrownBy(() -> new QualityThresholds(80, 0.8, 0.3, 20, 15, 200, 100))
        .hasMessageContaining("face.quality.minBrightness/maxBrightness")
        .hasMessageContaining("200.0/100.0");
  }
}
