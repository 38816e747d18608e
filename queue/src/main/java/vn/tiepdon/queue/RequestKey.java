package vn.tiepdon.queue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The caller's key for one "issue a ticket" request. A retried or double-tapped request carries the
 * same key and gets the same ticket back instead of a second one.
 */
public record RequestKey(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public RequestKey {
    Objects.requireNonNull(value, "request key");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "request key must be 1-64 characters A-Z, a-z, 0-9, '.', '_', ':' or '-', was '"
              + value
              + "'");
    }
  }

  public static RequestKey of(String value) {
    return new RequestKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
