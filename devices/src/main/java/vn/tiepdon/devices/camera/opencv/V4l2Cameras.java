package vn.tiepdon.devices.camera.opencv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The V4L2 video devices of this machine, read from sysfs (no device is opened), for {@code tiepdon
 * devices list}: node, driver-reported name, node index (a webcam often has index 0 for pictures
 * and 1 for metadata) and the stable {@code /dev/v4l/by-id} links to put into the configuration.
 */
public final class V4l2Cameras {
  private V4l2Cameras() {}

  /**
   * @param index the node's index within its device; 0 is the picture stream, -1 unknown
   */
  public record Info(String path, String name, int index, List<String> byId) {
    public Info {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(name, "name");
      byId = List.copyOf(byId);
    }
  }

  public static List<Info> list() {
    return list(Path.of("/sys/class/video4linux"), Path.of("/dev"));
  }

  static List<Info> list(Path sysfs, Path dev) {
    if (!Files.isDirectory(sysfs)) {
      return List.of();
    }
    List<Info> cameras = new ArrayList<>();
    try (Stream<Path> entries = Files.list(sysfs)) {
      for (Path entry : entries.sorted().toList()) {
        String node = entry.getFileName().toString();
        if (!node.startsWith("video")) {
          continue;
        }
        Path path = dev.resolve(node);
        cameras.add(
            new Info(
                path.toString(),
                read(entry.resolve("name")),
                parseIndex(read(entry.resolve("index"))),
                links(dev.resolve("v4l").resolve("by-id"), path)));
      }
    } catch (IOException e) {
      return List.copyOf(cameras);
    }
    cameras.sort(Comparator.comparing(Info::path));
    return List.copyOf(cameras);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static int parseIndex(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> links(Path byId, Path node) {
    if (!Files.isDirectory(byId)) {
      return List.of();
    }
    try (Stream<Path> links = Files.list(byId)) {
      Path target = node.toRealPath();
      return links.filter(link -> pointsTo(link, target)).map(Path::toString).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean pointsTo(Path link, Path target) {
    try {
      return link.toRealPath().equals(target);
    } catch (IOException e) {
      return false;
    }
  }
}
