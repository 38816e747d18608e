package vn.tiepdon.devices.camera;

import java.time.Duration;
import java.util.Optional;
import vn.tiepdon.devices.Device;

/** A camera delivering frames as {@link java.awt.image.BufferedImage}s. */
public interface Camera extends Device {
  /** Starts delivering frames to {@code listener}; may be called once. */
  void start(FrameListener listener);

  /** Frames per second measured over the recent frames; 0 before two frames have arrived. */
  double fps();

  /** How long ago the last frame arrived; empty before the first. */
  Optional<Duration> lastFrameAge();
}
