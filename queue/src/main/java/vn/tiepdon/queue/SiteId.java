package vn.tiepdon.queue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The hospital site whose numbering a kiosk shares, e.g. {@code bv-cho-ray}. */
public record SiteId(String value) {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public SiteId {
    Objects.requireNonNull(value, "site id");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "site id must be 1-40 characters a-z, 0-9 or '-', was '" + value + "'");
    }
  }

  public static SiteId of(String value) {
    return new SiteId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
