package vn.tiepdon.devices.camera.opencv;

import java.time.Duration;
import java.util.Objects;
import vn.tiepdon.devices.DeviceId;

/**
 * Everything the OpenCV camera adapter needs, already validated.
 *
 * @param width requested frame width; the camera may pick the nearest it supports
 * @param fps requested frame rate; also the most frames per second handed on (a file is paced)
 * @param minFps below this measured rate health is DEGRADED (SLOW_FRAMES)
 * @param staleAfter no frame for this long makes health DOWN (NO_FRAMES)
 * @param reconnectInterval how often a missing or failed camera is tried again
 */
public record OpenCvCameraConfig(
    DeviceId id,
    CameraSource source,
    int width,
    int height,
    int fps,
    double minFps,
    Duration staleAfter,
    Duration reconnectInterval) {
  public OpenCvCameraConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(staleAfter, "staleAfter");
    Objects.requireNonNull(reconnectInterval, "reconnectInterval");
    if (width < 16 || width > 4096 || height < 16 || height > 4096) {
      throw new IllegalArgumentException(
          "width and height must be 16..4096, was " + width + "x" + height);
    }
    if (fps < 1 || fps > 120) {
      throw new IllegalArgumentException("fps must be 1..120, was " + fps);
    }
    if (minFps <= 0 || minFps > fps) {
      throw new IllegalArgumentException(
          "minFps must be > 0 and <= fps " + fps + ", was " + minFps);
    }
  }
}
