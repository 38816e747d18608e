package vn.tiepdon.citizenid.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceModelsTest {
  @TempDir Path dir;

  @Test
  void theSharedModelsMatchTheirPublishedHashes() {
    FaceModels models = FaceModels.in(SharedFiles.models());
    for (ModelFile m :
        new ModelFile[] {
          ModelFile.YUNET,
          ModelFile.MOBILEFACENET,
          ModelFile.LANDMARKS,
          ModelFile.EYE,
          ModelFile.POSE,
          ModelFile.PASSIVE_LIVENESS
        }) {
      assertThat(models.verifiedBytes(m)).hasSize((int) m.bytes());
    }
  }

  @Test
  void aMissingModelNamesTheFileTheFolderAndTheRemedy() {
    assertThatThrownBy(() -> FaceModels.in(dir).verifiedBytes(ModelFile.SFACE))
        .isInstanceOf(FaceModelException.class)
        .hasMessageContaining("face_recognition_sface_2021dec.onnx")
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("tiepdon models fetch")
        .hasMessageContaining("TIEPDON_MODELS");
  }

  @Test
  void anHtmlPageInPlaceOfTheModelIsNamedWithBothHashes() throws Exception {
    byte[] page =
        "<!DOCTYPE html><html><head><title>Not Found</title></head></html>"
            .getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve(ModelFile.YUNET.fileName()), page);
    assertThatThrownBy(() -> FaceModels.in(dir).verifiedBytes(ModelFile.YUNET))
        .isInstanceOf(FaceModelException.class)
        .hasMessageContaining("face_detection_yunet_2023mar.onnx")
        .hasMessageContaining("expected " + ModelFile.YUNET.sha256())
        .hasMessageContaining("actual " + FaceModels.sha256(page))
        .hasMessageContaining("HTML page")
        .satisfies(
            e ->
                assertThat(((FaceModelException) e).file())
                    .isEqualTo(dir.resolve(ModelFile.YUNET.fileName())));
  }

  @Test
  void aTruncatedModelIsNotLoaded() throws Exception {
    byte[] real = Files.readAllBytes(SharedFiles.models().resolve(ModelFile.YUNET.fileName()));
    Files.write(dir.resolve(ModelFile.YUNET.fileName()), java.util.Arrays.copyOf(real, 1000));
    assertThatThrownBy(() -> FaceModels.in(dir).verifiedBytes(ModelFile.YUNET))
        .hasMessageContaining("1000 bytes, expected 232589")
        .hasMessageNotContaining("HTML");
  }

  @Test
  void theFolderComesFromTheEnvironmentElseBesideTheCheckout() {
    Path base = Path.of("/opt/tiepdon");
    assertThat(FaceModels.defaultFolder(Map.of("TIEPDON_MODELS", "/srv/models"), base))
        .isEqualTo(Path.of("/srv/models"));
    assertThat(FaceModels.defaultFolder(Map.of(), base)).isEqualTo(Path.of("/opt/shared/models"));
  }

  @Test
  void modelFilesRefuseBadDeclarations() {
    assertThatThrownBy(() -> new ModelFile("../x.onnx", ModelFile.YUNET.sha256(), 1))
        .hasMessageContaining("plain file name");
    assertThatThrownBy(() -> new ModelFile("x.onnx", "abc", 1)).hasMessageContaining("64 hex");
  }
}
