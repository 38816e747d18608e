package vn.tiepdon.citizenid.face.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.SharedFiles;

class FaceBenchmarkTest {
  @Test
  @SuppressWarnings("unchecked")
  void reportsEveryStageAndTheMemoryOfTheProcess() throws Exception {
    byte[] chip = Files.readAllBytes(SharedFiles.face("dg2/franck_01829_x50.jp2"));
    List<Frame> probes =
        List.of(
            Frame.of(TestImages.scaled(TestImages.read("franck_02045.jpg"), 640.0 / 720)),
            Frame.of(TestImages.scaled(TestImages.read("franck_04117.jpg"), 640.0 / 720)));

    Map<String, Object> result =
        FaceBenchmark.run(
            FaceSettings.of(SharedFiles.models(), EmbedderModel.MOBILEFACENET), chip, probes, 4, 2);

    assertThat(result.get("matches")).as("the same person every time").isEqualTo(4);
    assertThat(result.get("frame")).isEqualTo("640x512");
    Map<String, Object> stages = (Map<String, Object>) result.get("msPerStage");
    assertThat(stages)
        .containsKeys(
            "decode", "detect", "align", "embed", "match", "detectAlignEmbed", "liveness");
    assertThat((Map<String, Double>) stages.get("liveness")).containsEntry("samples", 2.0);
    assertThat((Map<String, Double>) stages.get("detect")).containsEntry("samples", 4.0);
    Map<String, Object> rss = (Map<String, Object>) result.get("rss");
    assertThat((Long) rss.get("afterRunKb")).isPositive();
    assertThat((long[]) rss.get("samplesKb")).hasSizeGreaterThan(1);
  }
}
