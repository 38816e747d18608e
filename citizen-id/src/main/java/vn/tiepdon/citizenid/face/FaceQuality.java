package vn.tiepdon.citizenid.face;

import java.util.List;
import java.util.Optional;

/**
 * What the quality gates measured on one frame, and the hints that follow from it. The numbers are
 * there so that a hospital can see why a frame was refused and tune {@link QualityThresholds}.
 *
 * @param faces faces of similar size found (0, 1, or more)
 * @param box the largest face, if any
 * @param faceWidthPx width of that face in the frame's pixels
 * @param yaw head turn estimated from the five detector landmarks: nose offset from the eye
 *     midpoint divided by the eye distance (0 frontal; it reads only 0.14 on the shared frame
 *     turned by 30°, so the gate catches extreme turns only — pose for liveness comes from the pose
 *     model)
 * @param rollDegrees angle of the eye line
 * @param sharpness variance of the Laplacian over the face scaled to 112 px wide
 * @param brightness mean grey level (0–255) of the face
 * @param hints what to change, most basic first; empty when the frame is good
 */
public record FaceQuality(
    int faces,
    Optional<FaceBox> box,
    double faceWidthPx,
    double yaw,
    double rollDegrees,
    double sharpness,
    double brightness,
    List<QualityHint> hints) {
  public FaceQuality {
    hints = List.copyOf(hints);
  }

  public static FaceQuality noFace() {
    return new FaceQuality(0, Optional.empty(), 0, 0, 0, 0, 0, List.of(QualityHint.NO_FACE));
  }

  public boolean acceptable() {
    return hints.isEmpty();
  }

  public boolean hasFace() {
    return faces > 0;
  }
}
