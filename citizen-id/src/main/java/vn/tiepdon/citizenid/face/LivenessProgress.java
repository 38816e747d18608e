package vn.tiepdon.citizenid.face;

import java.util.List;
import java.util.Optional;

/**
 * Where a liveness session stands after a frame: for the screen (what to ask, the face box, a hint)
 * and, once finished, the result.
 *
 * @param order the challenges in the order drawn for this session
 * @param completed the challenges done so far
 * @param current the challenge now asked for; empty once finished
 * @param hint what the patient should fix first, if anything
 * @param box the face seen in this frame
 * @param result set once the session is over
 */
public record LivenessProgress(
    List<Challenge> order,
    List<Challenge> completed,
    Optional<Challenge> current,
    Optional<QualityHint> hint,
    Optional<FaceBox> box,
    Optional<LivenessResult> result) {

  public LivenessProgress {
    order = List.copyOf(order);
    completed = List.copyOf(completed);
  }

  public boolean finished() {
    return result.isPresent();
  }
}
