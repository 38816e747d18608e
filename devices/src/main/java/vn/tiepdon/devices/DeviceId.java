package vn.tiepdon.devices;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one device of a kiosk, e.g. {@code scanner/front}. The name is a short token so that it can
 * appear in MQTT health payloads and log lines unchanged.
 */
public record DeviceId(DeviceKind kind, String name) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

  public DeviceId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "device name must be 1-32 of [a-z0-9._-] starting with a letter or digit, was '"
              + name
              + "'");
    }
  }

  public static DeviceId of(DeviceKind kind, String name) {
    return new DeviceId(kind, name);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + name;
  }
}
