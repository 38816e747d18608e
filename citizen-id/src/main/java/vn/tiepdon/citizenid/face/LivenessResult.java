package vn.tiepdon.citizenid.face;

/** How a liveness session ended. */
public enum LivenessResult {
  /** Every challenge was done and the passive score agrees. */
  LIVE,
  /** The challenges were done but the passive score says photo or screen. */
  SPOOF_SUSPECTED,
  /** A challenge was not done in time. */
  TIMED_OUT,
  /** No face was seen for too long. */
  NO_FACE
}
