package vn.tiepdon.ui.config;

/** The configuration is wrong; the message names the file, the key and the offending value. */
public final class ConfigException extends RuntimeException {
  private final String key;

  public ConfigException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The YAML key path, e.g. {@code queue.services[2].dailyCapacity}. */
  public String key() {
    return key;
  }
}
