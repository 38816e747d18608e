package vn.tiepdon.queue;

import java.util.Objects;
import java.util.regex.Pattern;

/** One kiosk of a site, e.g. {@code k2}; leases of numbers are recorded against it. */
public record KioskId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public KioskId {
    Objects.requireNonNull(value, "kiosk id");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "kiosk id must be 1-40 characters a-z, 0-9 or '-', was '" + value + "'");
    }
  }

  public static KioskId of(String value) {
    return new KioskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
