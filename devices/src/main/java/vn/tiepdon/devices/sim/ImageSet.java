package vn.tiepdon.devices.sim;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Images read once from a folder into memory, in file-name order, for the simulated camera. Only
 * reads: face images are never written anywhere.
 */
public record ImageSet(Path folder, String glob, List<BufferedImage> images) {
  public ImageSet {
    images = List.copyOf(images);
  }

  /**
   * Loads every file in {@code folder} (not below it) whose name matches {@code glob} (e.g. {@code
   * franck_*.jpg}) and that Java can decode (JPEG, PNG, BMP, GIF); others are skipped.
   *
   * @throws IllegalArgumentException when the folder does not exist or the glob is malformed
   */
  public static ImageSet load(Path folder, String glob) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("image folder does not exist: " + folder);
    }
    PathMatcher matcher;
    try {
      matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("image glob is not valid: '" + glob + "'", e);
    }
    List<BufferedImage> images = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (matcher.matches(file.getFileName())) {
          BufferedImage image = ImageIO.read(file.toFile());
          if (image != null) {
            images.add(image);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read images from " + folder, e);
    }
    return new ImageSet(folder, glob, images);
  }

  public boolean isEmpty() {
    return images.isEmpty();
  }

  public int size() {
    return images.size();
  }

  @Override
  public String toString() {
    return "ImageSet[" + folder + "/" + glob + ", " + images.size() + " images]";
  }
}
