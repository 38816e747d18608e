package vn.tiepdon.devices.camera.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code VideoCapture} opens: a V4L2 device ({@code /dev/video0}, a udev symlink such as
 * {@code /dev/v4l/by-id/...}, or an index such as {@code 0}), or — for tests, demos and recorded
 * sessions — a video file or an image-sequence pattern such as {@code /data/img_%02d.jpg}.
 */
public record CameraSource(String spec) {
  private static final Pattern INDEX = Pattern.compile("[0-9]{1,2}");

  public CameraSource {
    Objects.requireNonNull(spec, "spec");
    if (spec.isBlank()) {
      throw new IllegalArgumentException(
          "camera device must be a V4L2 device (/dev/video0 or 0), a video file or an image"
              + " pattern, was ''");
    }
  }

  public boolean isIndex() {
    return INDEX.matcher(spec).matches();
  }

  /** A live camera (V4L2 device or index), as opposed to a file that is played. */
  public boolean isLive() {
    return isIndex() || spec.startsWith("/dev/");
  }

  public int index() {
    return Integer.parseInt(spec);
  }

  /** Why the source cannot be there now (no device node, no file, no folder), or empty. */
  public Optional<String> missing() {
    if (isIndex()) {
      Path node = Path.of("/dev/video" + spec);
      return Files.exists(node) ? Optional.empty() : Optional.of(node + " does not exist");
    }
    Path path = Path.of(spec);
    if (spec.contains("%")) {
      Path folder = path.toAbsolutePath().getParent();
      return folder != null && Files.isDirectory(folder)
          ? Optional.empty()
          : Optional.of("image folder " + folder + " does not exist");
    }
    return Files.exists(path) ? Optional.empty() : Optional.of(spec + " does not exist");
  }

  @Override
  public String toString() {
    return spec;
  }
}
