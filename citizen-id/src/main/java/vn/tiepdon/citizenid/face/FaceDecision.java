package vn.tiepdon.citizenid.face;

/** The outcome of one 1:1 comparison of a probe frame against the chip photo. */
public enum FaceDecision {
  /** One good face, and its score reaches the model's threshold. */
  MATCH,
  /** One good face, and its score stays below the threshold. */
  NO_MATCH,
  /** No face was found (in the probe, or in the reference photo). */
  NO_FACE,
  /** A face was found but the frame is not good enough to decide: see the quality hints. */
  POOR_QUALITY
}
