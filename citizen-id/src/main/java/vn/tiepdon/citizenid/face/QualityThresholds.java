package vn.tiepdon.citizenid.face;

/**
 * Limits of the quality gates for a live probe frame. The chip photo is only required to hold one
 * face: it is what the state issued, the patient cannot retake it.
 *
 * @param minFaceWidthPx smaller faces get {@link QualityHint#MOVE_CLOSER}
 * @param maxFaceWidthFraction faces wider than this part of the frame get {@link
 *     QualityHint#MOVE_BACK}
 * @param maxYaw largest |yaw| (see {@link FaceQuality#yaw()}) before {@link
 *     QualityHint#LOOK_STRAIGHT}
 * @param maxRollDegrees largest eye-line tilt before {@link QualityHint#LOOK_STRAIGHT}
 * @param minSharpness below it {@link QualityHint#HOLD_STILL}
 * @param minBrightness below it {@link QualityHint#MORE_LIGHT}
 * @param maxBrightness above it {@link QualityHint#LESS_LIGHT}
 */
public record QualityThresholds(
    double minFaceWidthPx,
    double maxFaceWidthFraction,
    double maxYaw,
    double maxRollDegrees,
    double minSharpness,
    double minBrightness,
    double maxBrightness) {

  /** Defaults checked on the shared test photographs and 640×480 webcam frames. */
  public static final QualityThresholds DEFAULTS =
      new QualityThresholds(80, 0.85, 0.35, 20, 15, 50, 215);

  public QualityThresholds {
    require(minFaceWidthPx >= 20, "minFaceWidthPx", minFaceWidthPx, "at least 20");
    require(
        maxFaceWidthFraction > 0 && maxFaceWidthFraction <= 1,
        "maxFaceWidthFraction",
        maxFaceWidthFraction,
        "in (0, 1]");
    require(maxYaw > 0 && maxYaw <= 1, "maxYaw", maxYaw, "in (0, 1]");
    require(
        maxRollDegrees > 0 && maxRollDegrees <= 90, "maxRollDegrees", maxRollDegrees, "in (0, 90]");
    require(minSharpness >= 0, "minSharpness", minSharpness, "at least 0");
    require(
        minBrightness >= 0 && minBrightness < maxBrightness && maxBrightness <= 255,
        "minBrightness/maxBrightness",
        minBrightness + "/" + maxBrightness,
        "0 <= min < max <= 255");
  }

  private static void require(boolean ok, String key, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException(
          "face.quality." + key + " must be " + rule + ", was " + value);
    }
  }
}
