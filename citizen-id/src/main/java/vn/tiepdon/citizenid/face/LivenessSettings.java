package vn.tiepdon.citizenid.face;

import java.time.Duration;

/**
 * How the liveness check is run.
 *
 * @param challengeTimeout time allowed for each challenge (blink, head turn)
 * @param noFaceTimeout the session ends with {@link LivenessResult#NO_FACE} when no face has been
 *     seen for this long
 * @param turnDegrees |yaw| a head turn must reach; frontal is below half of it
 * @param closedEyeProbability mean p(closed) of both eyes from which the eyes count as closed
 * @param passiveLiveThreshold mean passive live score a session needs, else {@link
 *     LivenessResult#SPOOF_SUSPECTED}
 */
public record LivenessSettings(
    Duration challengeTimeout,
    Duration noFaceTimeout,
    double turnDegrees,
    double closedEyeProbability,
    double passiveLiveThreshold) {

  public static final LivenessSettings DEFAULTS =
      new LivenessSettings(Duration.ofSeconds(7), Duration.ofSeconds(3), 20, 0.5, 0.6);

  public LivenessSettings {
    requirePositive(challengeTimeout, "challengeTimeout");
    requirePositive(noFaceTimeout, "noFaceTimeout");
    if (!(turnDegrees >= 5 && turnDegrees <= 60)) {
      throw new IllegalArgumentException(
          "face.liveness.turnDegrees must be between 5 and 60, was " + turnDegrees);
    }
    if (!(closedEyeProbability > 0 && closedEyeProbability < 1)) {
      throw new IllegalArgumentException(
          "face.liveness.closedEyeProbability must be in (0, 1), was " + closedEyeProbability);
    }
    if (!(passiveLiveThreshold >= 0 && passiveLiveThreshold < 1)) {
      throw new IllegalArgumentException(
          "face.liveness.passiveLiveThreshold must be in [0, 1), was " + passiveLiveThreshold);
    }
  }

  private static void requirePositive(Duration value, String key) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "face.liveness." + key + " must be a positive duration, was " + value);
    }
  }
}
