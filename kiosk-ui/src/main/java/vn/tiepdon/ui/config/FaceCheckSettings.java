package vn.tiepdon.ui.config;

import java.time.Duration;
import vn.tiepdon.citizenid.face.EmbedderModel;

/**
 * The face step, used when {@code kiosk.identityCheck} is {@code QR_CHIP_AND_FACE}.
 *
 * @param modelsFolder the face models (checked by sha256 when loaded; {@code ./tiepdon models
 *     fetch} installs them), relative to the installation
 * @param embedder which recogniser makes the templates
 * @param liveness whether the card holder, once matched, must pass the blink and head-turn
 *     challenge
 * @param attemptTimeout how long one attempt may take before it counts as not completed
 * @param ifModelsMissing stop at start (default) or, for the demo, offer staff at the face step
 */
public record FaceCheckSettings(
    String modelsFolder,
    EmbedderModel embedder,
    Boolean liveness,
    Duration attemptTimeout,
    MissingFaceModels ifModelsMissing) {
  public FaceCheckSettings {
    modelsFolder = modelsFolder == null || modelsFolder.isBlank() ? "models" : modelsFolder.strip();
    embedder = embedder == null ? EmbedderModel.MOBILEFACENET : embedder;
    liveness = liveness == null || liveness;
    attemptTimeout = attemptTimeout == null ? Duration.ofSeconds(20) : attemptTimeout;
    ifModelsMissing = ifModelsMissing == null ? MissingFaceModels.STOP_AT_START : ifModelsMissing;
    Settings.requireBetween(
        "attemptTimeout", attemptTimeout, Duration.ofSeconds(5), Duration.ofMinutes(2));
  }

  /** Stops at start when the models are missing. */
  public FaceCheckSettings(
      String modelsFolder, EmbedderModel embedder, Boolean liveness, Duration attemptTimeout) {
    this(modelsFolder, embedder, liveness, attemptTimeout, null);
  }

  public static FaceCheckSettings defaults() {
    return new FaceCheckSettings(null, null, null, null, null);
  }
}
