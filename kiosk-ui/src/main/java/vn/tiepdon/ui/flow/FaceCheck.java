package vn.tiepdon.ui.flow;

import java.util.function.Consumer;

/**
 * Checks that the live person in front of the camera is the holder of the card: liveness
 * challenges, then a 1:1 comparison with the chip's photo. Frames and templates stay inside the
 * adapter and are dropped when it returns.
 */
public interface FaceCheck {
  /**
   * Runs one attempt; blocks until it is decided.
   *
   * @param chipFace the photo the chip check handed over ({@link ChipCheck.Verified#chipFace()})
   * @param progress hints and challenge progress for the screen while the attempt runs
   */
  Result verify(Object chipFace, Consumer<FaceProgress> progress);

  /** The outcome of one attempt. */
  sealed interface Result {}

  record Matched() implements Result {}

  record NoMatch() implements Result {}

  record LivenessFailed() implements Result {}

  /** This kiosk cannot check faces at all (e.g. no models installed); never a match. */
  record Unavailable() implements Result {}

  /** What the face screen shows while an attempt runs: a hint key and the challenges done. */
  record FaceProgress(String hintKey, int challengesDone, int challengesTotal) {
    public FaceProgress {
      if (challengesDone < 0 || challengesTotal < 0 || challengesDone > challengesTotal) {
        throw new IllegalArgumentException(
            "challengesDone must be within 0.." + challengesTotal + ", was " + challengesDone);
      }
    }
  }
}
