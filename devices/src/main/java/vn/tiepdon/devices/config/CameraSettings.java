package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.List;

/**
 * The camera: {@code simulated} plays the images in {@code folder} matching {@code imageGlob};
 * {@code v4l2} opens {@code device} with OpenCV's VideoCapture (V4L2 on Linux); {@code auto} (the
 * demo's choice) is the v4l2 camera when {@code device} (default {@code /dev/video0}) exists at
 * start, the simulator otherwise.
 *
 * @param fps frames per second asked of the camera (or played); default 15
 * @param minFps below this measured rate health is DEGRADED; default 5
 * @param staleAfter no frame for this long makes health DOWN; default 2 s
 * @param device v4l2 only: {@code /dev/video0}, a {@code /dev/v4l/by-id/...} link or an index such
 *     as {@code 0}; a video file or an image pattern ({@code img_%02d.jpg}) plays a recording
 * @param width v4l2 only: requested frame width; default 640
 * @param height v4l2 only: requested frame height; default 480
 */
public record CameraSettings(
    String type,
    String folder,
    String imageGlob,
    Integer fps,
    Integer minFps,
    Duration staleAfter,
    String device,
    Integer width,
    Integer height) {
  public CameraSettings {
    type = Choices.oneOf("type", type, "simulated", List.of("simulated", "v4l2", "auto"));
    folder = folder == null || folder.isBlank() ? "faces" : folder.trim();
    imageGlob = imageGlob == null || imageGlob.isBlank() ? "*.{jpg,png}" : imageGlob.trim();
    fps = fps == null ? 15 : fps;
    minFps = minFps == null ? 5 : minFps;
    staleAfter = staleAfter != null ? staleAfter : Duration.ofSeconds(2);
    device = device == null || device.isBlank() ? null : device.trim();
    if (device == null && type.equals("auto")) {
      device = "/dev/video0";
    }
    width = width == null ? 640 : width;
    height = height == null ? 480 : height;
    if (fps < 1 || fps > 120) {
      throw new IllegalArgumentException("fps must be 1..120, was " + fps);
    }
    if (minFps < 1 || minFps > fps) {
      throw new IllegalArgumentException("minFps must be 1.." + fps + " (fps), was " + minFps);
    }
    if (staleAfter.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException("staleAfter must be >= PT0.1S, was " + staleAfter);
    }
    if (width < 16 || width > 4096) {
      throw new IllegalArgumentException("width must be 16..4096, was " + width);
    }
    if (height < 16 || height > 4096) {
      throw new IllegalArgumentException("height must be 16..4096, was " + height);
    }
    if (type.equals("v4l2") && device == null) {
      throw new IllegalArgumentException(
          "device must be set for type v4l2 (e.g. /dev/video0, a /dev/v4l/by-id/ link or 0)");
    }
  }

  /** The simulator's settings, as before v4l2 existed. */
  public CameraSettings(
      String type,
      String folder,
      String imageGlob,
      Integer fps,
      Integer minFps,
      Duration staleAfter) {
    this(type, folder, imageGlob, fps, minFps, staleAfter, null, null, null);
  }

  public static CameraSettings simulated() {
    return new CameraSettings(null, null, null, null, null, null);
  }

  public boolean v4l2() {
    return type.equals("v4l2");
  }

  public boolean auto() {
    return type.equals("auto");
  }
}
