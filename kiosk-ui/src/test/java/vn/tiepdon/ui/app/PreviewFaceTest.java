package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.face.FaceBox;

class PreviewFaceTest {
  @Test
  void theDetectorsBoxBecomesFractionsOfTheFrame() {
    PreviewFace face =
        PreviewFace.of(new FaceBox(160, 120, 320, 240, 0.9), 640, 480, PreviewFace.Look.GOOD)
            .orElseThrow();
    assertThat(face).isEqualTo(new PreviewFace(0.25, 0.25, 0.5, 0.5, PreviewFace.Look.GOOD));
  }

  @Test
  void aFaceReachingPastTheEdgeIsCutToTheFrame() {
    PreviewFace face =
        PreviewFace.of(new FaceBox(-40, 400, 200, 200, 0.9), 640, 480, PreviewFace.Look.ADJUST)
            .orElseThrow();
    assertThat(face.x()).isZero();
    assertThat(face.width()).isEqualTo(160.0 / 640);
    assertThat(face.y() + face.height()).isEqualTo(1.0);
    assertThat(face.look()).isEqualTo(PreviewFace.Look.ADJUST);
  }

  @Test
  void aBoxOutsideTheFrameShowsNothing() {
    assertThat(PreviewFace.of(new FaceBox(700, 10, 50, 50, 0.9), 640, 480, PreviewFace.Look.GOOD))
        .isEmpty();
  }

  @Test
  void badValuesAreRefusedNamingThem() {
    assertThatThrownBy(() -> new PreviewFace(0.8, 0.1, 0.3, 0.2, PreviewFace.Look.GOOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x=0.8")
        .hasMessageContaining("width=0.3");
    assertThatThrownBy(() -> new PreviewFace(0.1, 0.1, 0.3, 0.2, null))
        .hasMessage("look is required");
    assertThatThrownBy(
            () -> PreviewFace.of(new FaceBox(1, 1, 5, 5, 1), 0, 480, PreviewFace.Look.GOOD))
        .hasMessage("frame size must be positive, was 0x480");
  }

  @Test
  void aPreviewFrameNeverPrintsItsPixels() {
    PreviewFrame frame =
        new PreviewFrame(new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR), Optional.empty());
    assertThat(frame.toString()).isEqualTo("PreviewFrame[64x48, face Optional.empty]");
  }
}
