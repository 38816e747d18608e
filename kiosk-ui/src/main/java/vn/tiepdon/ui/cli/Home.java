package vn.tiepdon.ui.cli;

import java.nio.file.Path;

/**
 * The installation folder: where {@code ./tiepdon} lives; relative paths in configs resolve here.
 */
final class Home {
  private Home() {}

  static Path path() {
    return Path.of(System.getProperty("tiepdon.home", "")).toAbsolutePath().normalize();
  }
}
