package vn.tiepdon.citizenid.face;

/** Reads the liveness signals of one frame (the OpenCV models, or a script in tests). */
public interface LivenessSensor {
  LivenessSignals read(Frame frame);
}
