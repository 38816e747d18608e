package vn.tiepdon.devices.camera;

import java.time.Duration;
import java.util.Optional;
import vn.tiepdon.devices.Device;

/** A camera delivering frames as {@link java.awt.image.BufferedImage}s. */
public interface Camera extends Device {
  /** Starts delivering frames to {@code listener}; may be called once. */
  void start(FrameListener listener);

  /**
   * Stops capturing until {@link #resume()}, while the kiosk sleeps (privacy, power): no frames
   * arrive and a real camera is released, so its light goes off. Health is DOWN {@code STANDBY}
   * meanwhile, unless a real fault says more. Before {@link #start} it is only remembered.
   */
  void standby();

  /** Captures again after {@link #standby()}; health follows the frames as after a start. */
  void resume();

  /** Whether {@link #standby()} holds the camera. */
  boolean inStandby();

  /** Frames per second measured over the recent frames; 0 before two frames have arrived. */
  double fps();

  /** How long ago the last frame arrived; empty before the first. */
  Optional<Duration> lastFrameAge();
}
