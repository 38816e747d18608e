package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.List;

/**
 * The camera. Only {@code simulated} exists in this version (V4L2 through OpenCV comes later): it
 * plays the images in {@code folder} matching {@code imageGlob}.
 *
 * @param fps frames per second to play; default 15
 * @param minFps below this measured rate health is DEGRADED; default 5
 * @param staleAfter no frame for this long makes health DOWN; default 2 s
 */
public record CameraSettings(
    String type,
    String folder,
    String imageGlob,
    Integer fps,
    Integer minFps,
    Duration staleAfter) {
  public CameraSettings {
    type =
        Choices.oneOf(
            "type",
            type,
            "simulated",
            List.of("simulated"),
            "v4l2 is not available in this version");
    folder = folder == null || folder.isBlank() ? "faces" : folder.trim();
    imageGlob = imageGlob == null || imageGlob.isBlank() ? "*.{jpg,png}" : imageGlob.trim();
    fps = fps == null ? 15 : fps;
    minFps = minFps == null ? 5 : minFps;
    staleAfter = staleAfter != null ? staleAfter : Duration.ofSeconds(2);
    if (fps < 1 || fps > 120) {
      throw new IllegalArgumentException("fps must be 1..120, was " + fps);
    }
    if (minFps < 1 || minFps > fps) {
      throw new IllegalArgumentException("minFps must be 1.." + fps + " (fps), was " + minFps);
    }
    if (staleAfter.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException("staleAfter must be >= PT0.1S, was " + staleAfter);
    }
  }

  public static CameraSettings simulated() {
    return new CameraSettings(null, null, null, null, null, null);
  }
}
