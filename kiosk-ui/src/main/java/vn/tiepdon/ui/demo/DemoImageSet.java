package vn.tiepdon.ui.demo;

import java.nio.file.Path;
import java.util.List;
import vn.tiepdon.devices.sim.ImageSet;

/**
 * One person's pictures the demo's simulated camera can play, and the demo's chip can carry: files
 * of one folder, in file-name order.
 *
 * @param label what the panel shows (the person's file prefix or the folder's name)
 */
public record DemoImageSet(String label, Path folder, List<String> files) {
  public DemoImageSet {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("an image set needs a label");
    }
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("image set " + label + " has no files");
    }
  }

  /** A glob that matches exactly these files. */
  public String glob() {
    return "{" + String.join(",", files) + "}";
  }

  /** Reads the pictures into memory (they are never written anywhere). */
  public ImageSet load() {
    return ImageSet.load(folder, glob());
  }

  public boolean contains(Path file) {
    return file.getParent() != null
        && file.getParent().normalize().equals(folder.normalize())
        && files.contains(file.getFileName().toString());
  }

  @Override
  public String toString() {
    return label + " (" + files.size() + ")";
  }
}
