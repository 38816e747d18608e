package vn.tiepdon.citizenid.face;

import java.util.Optional;

/**
 * What the liveness models read from one frame.
 *
 * @param faces faces of similar size in the frame
 * @param box the largest face
 * @param eyesClosedProbability mean p(closed) of both eyes (eye model)
 * @param eyeAspectRatio mean eye aspect ratio from the 68 landmarks (about 0.3 open, 0.2 closed)
 * @param yawDegrees head turn (pose model); sign is the model's
 * @param pitchDegrees head nod (pose model)
 * @param rollDegrees head tilt (pose model)
 * @param passiveLiveScore p(live) of the passive presentation-attack model
 * @param samePerson whether the face matches the chip photo the session is bound to; empty when the
 *     session is not bound to one
 */
public record LivenessSignals(
    int faces,
    Optional<FaceBox> box,
    double eyesClosedProbability,
    double eyeAspectRatio,
    double yawDegrees,
    double pitchDegrees,
    double rollDegrees,
    double passiveLiveScore,
    Optional<Boolean> samePerson) {

  public static LivenessSignals noFace() {
    return new LivenessSignals(0, Optional.empty(), 0, 0, 0, 0, 0, 0, Optional.empty());
  }

  /** These signals, with the identity check's outcome. */
  public LivenessSignals withSamePerson(boolean same) {
    return new LivenessSignals(
        faces,
        box,
        eyesClosedProbability,
        eyeAspectRatio,
        yawDegrees,
        pitchDegrees,
        rollDegrees,
        passiveLiveScore,
        Optional.of(same));
  }
}
