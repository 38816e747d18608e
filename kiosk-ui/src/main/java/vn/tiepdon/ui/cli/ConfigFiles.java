package vn.tiepdon.ui.cli;

import java.nio.file.Path;
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.TiepdonConfig;

/** Loads a kiosk configuration for a command; a bad file is bad input (exit 2), named exactly. */
final class ConfigFiles {
  private ConfigFiles() {}

  static TiepdonConfig load(Path file) {
    try {
      return new ConfigLoader().load(file);
    } catch (ConfigException e) {
      throw new BadInputException("configuration: " + e.getMessage(), e);
    }
  }
}
