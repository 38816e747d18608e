package vn.tiepdon.devices.camera;

/** Receives frames on the camera's thread; hand heavy work off to keep the frame rate. */
@FunctionalInterface
public interface FrameListener {
  void frame(Frame frame);
}
