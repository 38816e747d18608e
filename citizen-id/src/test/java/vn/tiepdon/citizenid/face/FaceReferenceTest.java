package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FaceReferenceTest {
  private static final FaceQuality Q = FaceQuality.noFace();

  @Test
  void cosineOfNormalisedTemplates() {
    FaceReference ref = FaceReference.of(EmbedderModel.MOBILEFACENET, new float[] {0.6f, 0.8f}, Q);
    assertThat(
            ref.similarityTo(EmbedderModel.MOBILEFACENET, new float[] {0.6f, 0.8f}).orElseThrow())
        .isCloseTo(1.0, within(1e-6));
    assertThat(
            ref.similarityTo(EmbedderModel.MOBILEFACENET, new float[] {0.8f, -0.6f}).orElseThrow())
        .isCloseTo(0.0, within(1e-6));
  }

  @Test
  void templatesOfAnotherModelAreNotComparable() {
    FaceReference ref = FaceReference.of(EmbedderModel.SFACE, new float[] {1, 0}, Q);
    assertThatThrownBy(() -> ref.similarityTo(EmbedderModel.MOBILEFACENET, new float[] {1, 0}))
        .hasMessageContaining("SFACE reference cannot be compared with a MOBILEFACENET");
  }

  @Test
  void closeZeroesTheTemplateAndRefusesFurtherUse() {
    float[] template = {0.6f, 0.8f};
    FaceReference ref = FaceReference.of(EmbedderModel.MOBILEFACENET, template, Q);
    ref.close();
    assertThat(template).containsOnly(0f);
    assertThatThrownBy(() -> ref.similarityTo(EmbedderModel.MOBILEFACENET, new float[] {1, 0}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ref.toString()).doesNotContain("0.6").contains("closed");
  }

  @Test
  void aReferenceWithoutFaceComparesToNothing() {
    FaceReference ref = FaceReference.withoutFace(EmbedderModel.MOBILEFACENET, Q);
    assertThat(ref.hasFace()).isFalse();
    assertThat(ref.similarityTo(EmbedderModel.MOBILEFACENET, new float[] {1})).isEmpty();
  }
}
