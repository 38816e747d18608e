package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.face.EmbedderModel;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.opencv.OpenCvFaceVerifier;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.sim.ImageSet;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.ui.flow.FaceCheck;

/**
 * The face step on real OpenCV models and real test photographs (shared/faces, shared/models beside
 * the checkout): the simulated camera plays a person's frames, the chip photo is a DG2-like token
 * of a person.
 */
class CameraFaceCheckTest {
  private static final Path SHARED = Path.of("../../shared").toAbsolutePath().normalize();
  private static final Path FACES = SHARED.resolve("faces");
  private SimulatedCamera camera;
  private OpenCvFaceVerifier verifier;
  private final List<FaceCheck.FaceProgress> progress = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    if (camera != null) {
      camera.close();
    }
    if (verifier != null) {
      verifier.close();
    }
  }

  @Test
  void theCardHolderInFrontOfTheCameraMatchesTheChipPhoto() throws Exception {
    CameraFaceCheck check = faceCheck("franck_0*.jpg", false);
    java.util.concurrent.atomic.AtomicInteger previewed =
        new java.util.concurrent.atomic.AtomicInteger();
    check.preview(frame -> previewed.incrementAndGet());
    Thread.sleep(300); // frames that arrive before an attempt are dropped, not shown
    assertThat(previewed).hasValue(0);
    assertThat(check.verify(chipPhoto("franck_01829_token.png"), progress::add))
        .isInstanceOf(FaceCheck.Matched.class);
    assertThat(previewed.get()).as("the patient saw the camera during the attempt").isPositive();
  }

  @Test
  void theCardHolderBlinksAndTurnsInARecordingAndPassesTheChallenge() throws Exception {
    CameraFaceCheck check = faceCheck("franck_0*.jpg", true);
    List<PreviewFrame> shown = new CopyOnWriteArrayList<>();
    check.preview(shown::add);
    assertThat(check.verify(chipPhoto("franck_01829_token.png"), progress::add))
        .isInstanceOf(FaceCheck.Matched.class);
    assertThat(progress)
        .extracting(FaceCheck.FaceProgress::hintKey)
        .contains("face.blink", "face.left");
    assertThat(progress.get(progress.size() - 1))
        .isEqualTo(new FaceCheck.FaceProgress("face.title", 2, 2));
    assertThat(shown).as("every frame looked at is shown with its face").isNotEmpty();
    PreviewFace face = shown.get(0).face().orElseThrow();
    // Franck sits in the middle of the 720 × 576 frame, his face about a fifth of its width.
    assertThat(face.x() + face.width() / 2).isBetween(0.35, 0.65);
    assertThat(face.width()).isBetween(0.1, 0.4);
    assertThat(face.look()).isEqualTo(PreviewFace.Look.GOOD);
  }

  @Test
  void somebodyElseIsToldTheFaceDoesNotMatchBeforeAnyChallenge() throws Exception {
    FaceCheck check = faceCheck("grace_hopper*.jpg", true);
    assertThat(check.verify(chipPhoto("franck_01829_token.png"), progress::add))
        .isInstanceOf(FaceCheck.NoMatch.class);
    assertThat(progress).allMatch(p -> p.challengesDone() == 0);
  }

  @Test
  void somebodyElseDoesNotMatch() throws Exception {
    FaceCheck check = faceCheck("astronaut.png", false);
    assertThat(check.verify(chipPhoto("franck_01829_token.png"), progress::add))
        .isInstanceOf(FaceCheck.NoMatch.class);
  }

  @Test
  void aPhotoHeldUpToTheCameraNeverBlinksAndFailsTheLivenessCheck() throws Exception {
    FaceCheck check = faceCheck("astronaut.png", true);
    assertThat(check.verify(chipPhoto("astronaut_token.png"), progress::add))
        .isInstanceOf(FaceCheck.LivenessFailed.class);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(0).challengesTotal()).isEqualTo(2);
  }

  @Test
  void withoutAChipPhotoThereIsNothingToMatch() throws Exception {
    FaceCheck check = faceCheck("franck_0*.jpg", false);
    assertThat(check.verify(null, progress::add)).isInstanceOf(FaceCheck.NoMatch.class);
  }

  private CameraFaceCheck faceCheck(String glob, boolean liveness) {
    assumeTrue(
        Files.isDirectory(SHARED.resolve("models")) && Files.isDirectory(FACES),
        "shared/models and shared/faces are not beside the checkout");
    FaceSettings settings = FaceSettings.of(SHARED.resolve("models"), EmbedderModel.MOBILEFACENET);
    verifier = OpenCvFaceVerifier.open(liveness ? settings : settings.withoutLiveness());
    Clock clock = Clock.systemUTC();
    camera =
        new SimulatedCamera(
            DeviceId.of(DeviceKind.CAMERA, "test"),
            ImageSet.load(FACES, glob),
            15,
            5,
            Duration.ofSeconds(2),
            clock);
    return new CameraFaceCheck(
        verifier,
        camera,
        clock,
        Duration.ofSeconds(6),
        liveness,
        new java.util.SplittableRandom(7));
  }

  private static BufferedImage chipPhoto(String token) throws Exception {
    return ImageIO.read(FACES.resolve("dg2").resolve(token).toFile());
  }
}
