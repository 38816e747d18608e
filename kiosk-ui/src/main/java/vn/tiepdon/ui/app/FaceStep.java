package vn.tiepdon.ui.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.face.FaceModelException;
import vn.tiepdon.citizenid.face.FaceSettings;
import vn.tiepdon.citizenid.face.opencv.OpenCvFaceVerifier;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.ui.config.FaceCheckSettings;
import vn.tiepdon.ui.config.MissingFaceModels;
import vn.tiepdon.ui.flow.FaceCheck;

/**
 * The kiosk's face step as configured: the camera check on OpenCV when the models are there
 * (checked by sha256), else either a start-up error naming the file or, where {@code
 * face.ifModelsMissing} says so (the demo), a step that says faces cannot be checked here and
 * offers staff.
 */
final class FaceStep {
  private static final Logger log = LoggerFactory.getLogger(FaceStep.class);

  private final FaceCheck check;
  private final Optional<CameraFaceCheck> camera;
  private final Optional<Path> missingModels;

  private FaceStep(
      FaceCheck check, Optional<CameraFaceCheck> camera, Optional<Path> missingModels) {
    this.check = check;
    this.camera = camera;
    this.missingModels = missingModels;
  }

  /**
   * Opens the verifier and starts the camera check.
   *
   * @param closeLater receives what must be closed with the kiosk
   * @throws FaceModelException when a model is missing or wrong and the kiosk must not start
   */
  static FaceStep open(
      FaceCheckSettings face,
      Path home,
      Camera camera,
      Clock clock,
      Consumer<AutoCloseable> closeLater) {
    Path models = home.resolve(face.modelsFolder()).normalize();
    FaceSettings settings = FaceSettings.of(models, face.embedder());
    if (!face.liveness()) {
      settings = settings.withoutLiveness();
    }
    OpenCvFaceVerifier verifier;
    try {
      verifier = OpenCvFaceVerifier.open(settings);
    } catch (FaceModelException e) {
      if (face.ifModelsMissing() == MissingFaceModels.STOP_AT_START) {
        throw e;
      }
      log.warn(
          "face step without face models ({}); it offers staff (face.ifModelsMissing: {})",
          e.getMessage(),
          face.ifModelsMissing());
      return new FaceStep(
          (chipFace, progress) -> new FaceCheck.Unavailable(),
          Optional.empty(),
          Optional.of(models));
    }
    closeLater.accept(verifier);
    CameraFaceCheck check =
        new CameraFaceCheck(
            verifier, camera, clock, face.attemptTimeout(), face.liveness(), new SecureRandom());
    return new FaceStep(check, Optional.of(check), Optional.empty());
  }

  FaceCheck check() {
    return check;
  }

  /** Lets the face screen show what the check looks at; {@code show} must copy the frame. */
  void preview(Consumer<PreviewFrame> show) {
    camera.ifPresent(c -> c.preview(show));
  }

  /** The models folder when the step runs without models (and offers staff). */
  Optional<Path> missingModels() {
    return missingModels;
  }
}
