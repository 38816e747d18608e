package vn.tiepdon.citizenid.face;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Configuration of the face pipeline, validated once; errors name the key and the value.
 *
 * @param modelsFolder where the model files are
 * @param embedder which recogniser makes the templates
 * @param threshold cosine threshold of that recogniser (its {@link
 *     EmbedderModel#defaultThreshold()} unless calibrated)
 * @param detectionMaxSide frames are scaled down so that their longer side is at most this before
 *     detection: YuNet finds faces of about 10–300 px, and a 320 px frame costs a seventh of a 640
 *     px one
 * @param quality the quality gates for live frames
 * @param liveness whether the liveness models are loaded, and the challenge settings
 * @param livenessEnabled false on a kiosk that has no liveness models (then only verification runs)
 */
public record FaceSettings(
    Path modelsFolder,
    EmbedderModel embedder,
    double threshold,
    int detectionMaxSide,
    QualityThresholds quality,
    LivenessSettings liveness,
    boolean livenessEnabled) {

  public FaceSettings {
    Objects.requireNonNull(modelsFolder, "face.models must be set");
    Objects.requireNonNull(embedder, "face.embedder must be set");
    Objects.requireNonNull(quality, "face.quality must be set");
    Objects.requireNonNull(liveness, "face.liveness must be set");
    if (!(threshold > -1 && threshold < 1)) {
      throw new IllegalArgumentException(
          "face.threshold must be a cosine between -1 and 1, was " + threshold);
    }
    if (detectionMaxSide < 160 || detectionMaxSide > 1920) {
      throw new IllegalArgumentException(
          "face.detectionMaxSide must be between 160 and 1920 pixels, was " + detectionMaxSide);
    }
  }

  /** The embedder's own threshold, 320 px detection, default gates, liveness on. */
  public static FaceSettings of(Path modelsFolder, EmbedderModel embedder) {
    return new FaceSettings(
        modelsFolder,
        embedder,
        embedder.defaultThreshold(),
        320,
        QualityThresholds.DEFAULTS,
        LivenessSettings.DEFAULTS,
        true);
  }

  public FaceSettings withThreshold(double value) {
    return new FaceSettings(
        modelsFolder, embedder, value, detectionMaxSide, quality, liveness, livenessEnabled);
  }

  public FaceSettings withoutLiveness() {
    return new FaceSettings(
        modelsFolder, embedder, threshold, detectionMaxSide, quality, liveness, false);
  }

  public FaceSettings withDetectionMaxSide(int value) {
    return new FaceSettings(
        modelsFolder, embedder, threshold, value, quality, liveness, livenessEnabled);
  }
}
