package vn.tiepdon.citizenid.face;

/**
 * What the patient should change so that the next frame can be used. The kiosk maps each hint to
 * words in its bundles; the order of the constants is the order in which hints are shown (the most
 * basic problem first).
 */
public enum QualityHint {
  /** No face in the frame. */
  NO_FACE,
  /** More than one face of similar size: somebody else is in the picture. */
  ONE_FACE_ONLY,
  /** The face is too small: step closer to the camera. */
  MOVE_CLOSER,
  /** The face fills the frame: step back. */
  MOVE_BACK,
  /** The face is cut by the frame edge: move to the middle. */
  CENTRE_FACE,
  /** The head is turned or tilted too far. */
  LOOK_STRAIGHT,
  /** The face is too dark. */
  MORE_LIGHT,
  /** The face is overexposed. */
  LESS_LIGHT,
  /** The face is blurred (motion or focus). */
  HOLD_STILL
}
