package vn.tiepdon.citizenid.face.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceDecision;
import vn.tiepdon.citizenid.face.FaceMatch;
import vn.tiepdon.citizenid.face.FaceModelException;
import vn.tiepdon.citizenid.face.FaceQuality;
import vn.tiepdon.citizenid.face.FaceReference;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.Frame;
import vn.tiepdon.citizenid.face.ModelFile;
import vn.tiepdon.citizenid.face.QualityHint;
import vn.tiepdon.citizenid.face.SharedFiles;

/** The real pipeline (YuNet, alignCrop, MobileFaceNet) on the shared photographs. */
class OpenCvFaceVerifierTest {
  private static OpenCvFaceVerifier verifier;

  @BeforeAll
  static void open() {
    verifier =
        OpenCvFaceVerifier.open(
            FaceSettings.of(SharedFiles.models(), EmbedderModel.MOBILEFACENET).withoutLiveness());
  }

  @AfterAll
  static void close() {
    verifier.close();
  }

  private static FaceReference chip(String name) throws Exception {
    return verifier.reference(Files.readAllBytes(SharedFiles.face(name)));
  }

  private static FaceMatch verify(FaceReference reference, BufferedImage probe) {
    try (Frame frame = Frame.of(probe)) {
      return verifier.verify(reference, frame);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "franck_02045.jpg",
        "franck_02683.jpg",
        "franck_03909.jpg",
        "franck_04000.jpg",
        "franck_04117.jpg"
      })
  void theChipPhotoMatchesOtherFramesOfTheSamePerson(String probe) throws Exception {
    try (FaceReference reference = chip("dg2/franck_01829_x50.jp2")) {
      FaceMatch match = verify(reference, TestImages.read(probe));
      assertThat(match.decision()).as("%s", match).isEqualTo(FaceDecision.MATCH);
      assertThat(match.score().getAsDouble()).isGreaterThan(0.6);
      assertThat(match.threshold()).isEqualTo(0.40);
      assertThat(match.quality().hints()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dg2/hopper_x50.jp2", "dg2/hopper_x50.j2k", "dg2/hopper_x25.jp2"})
  void aJpeg2000ChipPhotoMatchesTheLivePhotograph(String chipPhoto) throws Exception {
    try (FaceReference reference = chip(chipPhoto)) {
      assertThat(verify(reference, TestImages.read("grace_hopper.jpg")).decision())
          .isEqualTo(FaceDecision.MATCH);
    }
  }

  @Test
  void anotherPersonDoesNotMatch() throws Exception {
    try (FaceReference reference = chip("dg2/hopper_x50.jp2")) {
      for (String other : List.of("astronaut.png", "franck_01829.jpg", "franck_02683.jpg")) {
        FaceMatch match = verify(reference, TestImages.read(other));
        assertThat(match.decision()).as(other).isEqualTo(FaceDecision.NO_MATCH);
        assertThat(match.score().getAsDouble()).as(other).isLessThan(0.25);
      }
    }
  }

  @Test
  void bgrBytesFromACameraGiveTheSameScoreAsTheImage() throws Exception {
    BufferedImage probe = TestImages.read("franck_02045.jpg");
    byte[] bgr;
    try (Frame f = Frame.of(probe)) {
      bgr = f.bgr().clone();
    }
    try (FaceReference reference = chip("dg2/franck_01829_x50.j2k");
        Frame camera = Frame.ofBgr(bgr, probe.getWidth(), probe.getHeight())) {
      assertThat(verifier.verify(reference, camera).score())
          .isEqualTo(verify(reference, probe).score());
    }
  }

  @Test
  void chipBytesThatAreNoImageAreRefused() {
    assertThatThrownBy(() -> verifier.reference(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("4 bytes");
  }

  @Test
  void aJpegChipPhotoDecodedByOpenCvGivesTheSameTemplateAsThroughImageIo() throws Exception {
    byte[] jpeg = Files.readAllBytes(SharedFiles.face("grace_hopper_512x512.jpg"));
    try (FaceReference fromBytes = verifier.reference(jpeg);
        Frame decoded = Frame.decode(jpeg);
        FaceReference fromFrame = verifier.reference(decoded)) {
      assertThat(fromBytes.similarityTo(fromFrame).orElseThrow()).isGreaterThan(0.98);
    }
  }

  @Test
  void anEmptyFrameHasNoFace() throws Exception {
    try (FaceReference reference = chip("dg2/hopper_x50.jp2")) {
      FaceMatch match = verify(reference, TestImages.plain(640, 480, Color.GRAY));
      assertThat(match.decision()).isEqualTo(FaceDecision.NO_FACE);
      assertThat(match.score()).isEmpty();
      assertThat(match.quality().hints()).containsExactly(QualityHint.NO_FACE);
    }
  }

  @Test
  void aChipPhotoWithoutAFaceMakesEveryComparisonNoFace() {
    try (Frame blank = Frame.of(TestImages.plain(240, 320, Color.WHITE));
        FaceReference reference = verifier.reference(blank)) {
      assertThat(reference.hasFace()).isFalse();
      FaceMatch match = verify(reference, TestImages.read("franck_01829.jpg"));
      assertThat(match.decision()).isEqualTo(FaceDecision.NO_FACE);
      assertThat(match.referenceQuality().faces()).isZero();
      assertThat(match.quality().faces()).isEqualTo(1);
    }
  }

  @Test
  void aFarAwayFaceAsksToComeCloser() throws Exception {
    try (FaceReference reference = chip("dg2/franck_01829_x50.jp2")) {
      FaceMatch match =
          verify(reference, TestImages.scaled(TestImages.read("franck_02045.jpg"), 0.25));
      assertThat(match.decision()).isEqualTo(FaceDecision.POOR_QUALITY);
      assertThat(match.quality().hints()).contains(QualityHint.MOVE_CLOSER);
      assertThat(match.quality().faceWidthPx()).isLessThan(80);
      assertThat(match.score()).as("the score is still reported").isPresent();
    }
  }

  @Test
  void aDarkFaceAsksForMoreLight() {
    FaceQuality q = inspect(TestImages.darker(TestImages.read("franck_02045.jpg"), 0.3f));
    assertThat(q.hints()).contains(QualityHint.MORE_LIGHT);
    assertThat(q.brightness()).isLessThan(50);
  }

  @Test
  void aBlurredFaceAsksToHoldStill() {
    BufferedImage sharp = TestImages.read("franck_02045.jpg");
    FaceQuality q = inspect(TestImages.blurred(sharp, 25));
    assertThat(q.hints()).contains(QualityHint.HOLD_STILL);
    assertThat(q.sharpness()).isLessThan(inspect(sharp).sharpness());
  }

  @Test
  void twoPeopleInTheFrameAreRefused() {
    FaceQuality q =
        inspect(
            TestImages.sideBySide(
                TestImages.read("franck_02045.jpg"), TestImages.read("franck_04117.jpg")));
    assertThat(q.faces()).isEqualTo(2);
    assertThat(q.hints()).contains(QualityHint.ONE_FACE_ONLY);
  }

  @Test
  void aTiltedHeadAsksToLookStraight() {
    FaceQuality q = inspect(TestImages.rotated(TestImages.read("franck_02045.jpg"), 35));
    assertThat(q.faces()).isEqualTo(1);
    assertThat(q.hints()).contains(QualityHint.LOOK_STRAIGHT);
  }

  @Test
  void aGoodFrameHasNoHintAndABoxInFramePixels() {
    FaceQuality q = inspect(TestImages.read("franck_01829.jpg"));
    assertThat(q.acceptable()).isTrue();
    assertThat(q.box().orElseThrow().centreX()).isBetween(300.0, 450.0);
  }

  private static FaceQuality inspect(BufferedImage image) {
    try (Frame frame = Frame.of(image)) {
      return verifier.inspect(frame);
    }
  }

  @Test
  void aFinishedSessionLeavesNothingReachable() throws Exception {
    FaceReference reference = chip("dg2/franck_01829_x50.jp2");
    Frame probe = Frame.of(TestImages.read("franck_02045.jpg"));
    byte[] pixels = probe.bgr();
    assertThat(verifier.verify(reference, probe).decision()).isEqualTo(FaceDecision.MATCH);
    reference.close();
    probe.close();
    assertThat(pixels).containsOnly(0);
    WeakReference<FaceReference> weakReference = new WeakReference<>(reference);
    WeakReference<Frame> weakFrame = new WeakReference<>(probe);
    reference = null;
    probe = null;
    List<byte[]> pressure = new ArrayList<>();
    for (int i = 0; i < 50 && (weakReference.get() != null || weakFrame.get() != null); i++) {
      System.gc();
      pressure.add(new byte[1 << 16]);
    }
    assertThat(weakReference.get()).as("the verifier keeps no reference").isNull();
    assertThat(weakFrame.get()).as("the verifier keeps no frame").isNull();
  }

  /**
   * Every frame's pixels are copied into native memory; if any of those copies outlived its call (a
   * Mat header left for the garbage collector), 100 frames of 1280×960 would hold over 350 MB. RSS
   * is read from /proc (Linux), as {@code tiepdon bench face} does.
   */
  @Test
  void framesDoNotAccumulateInNativeMemory() {
    BufferedImage big = TestImages.scaled(TestImages.read("franck_02045.jpg"), 1280.0 / 720);
    try (Frame frame = Frame.of(big)) {
      for (int i = 0; i < 20; i++) {
        verifier.inspect(frame);
      }
      long before = FaceBenchmark.rssKb();
      for (int i = 0; i < 100; i++) {
        verifier.inspect(frame);
      }
      long growthMb = (FaceBenchmark.rssKb() - before) / 1024;
      assertThat(growthMb).as("RSS growth over 100 frames, MB").isLessThan(120);
    }
  }

  @Test
  void aMissingOrWrongModelIsAStartUpErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Files.copy(
        SharedFiles.models().resolve(ModelFile.YUNET.fileName()),
        dir.resolve(ModelFile.YUNET.fileName()));
    assertThatThrownBy(
            () ->
                OpenCvFaceVerifier.open(
                    FaceSettings.of(dir, EmbedderModel.SFACE).withoutLiveness()))
        .isInstanceOf(FaceModelException.class)
        .hasMessageContaining("face_recognition_sface_2021dec.onnx not found");
    Files.write(dir.resolve(ModelFile.MOBILEFACENET.fileName()), new byte[] {1, 2, 3});
    assertThatThrownBy(
            () ->
                OpenCvFaceVerifier.open(
                    FaceSettings.of(dir, EmbedderModel.MOBILEFACENET).withoutLiveness()))
        .isInstanceOf(FaceModelException.class)
        .hasMessageContaining("fr_feature.onnx is not the expected file")
        .hasMessageContaining(ModelFile.MOBILEFACENET.sha256());
    Files.copy(
        SharedFiles.models().resolve(ModelFile.MOBILEFACENET.fileName()),
        dir.resolve(ModelFile.MOBILEFACENET.fileName()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(
            () -> OpenCvFaceVerifier.open(FaceSettings.of(dir, EmbedderModel.MOBILEFACENET)))
        .as("liveness on needs the liveness models")
        .hasMessageContaining("fr_landmark.onnx not found");
  }

  @Test
  void livenessIsRefusedWhenItsModelsWereNotLoaded() {
    assertThatThrownBy(
            () -> verifier.startLiveness(java.time.Clock.systemUTC(), new java.util.Random(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("liveness");
  }
}
