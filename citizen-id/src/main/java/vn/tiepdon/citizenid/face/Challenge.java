package vn.tiepdon.citizenid.face;

/** One step of the active liveness challenge. */
public enum Challenge {
  /** Open eyes, then closed, then open again. */
  BLINK,
  /** Frontal, then the head turned to either side, then frontal again. */
  TURN_HEAD
}
