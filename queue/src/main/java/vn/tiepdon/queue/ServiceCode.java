package vn.tiepdon.queue;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of a clinic service in the catalogue, e.g. {@code NOI}; upper case, digits, '_'. */
public record ServiceCode(String value) {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  public ServiceCode {
    Objects.requireNonNull(value, "service code");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "service code must be 1-16 characters A-Z, 0-9 or '_' starting with a letter, was '"
              + value
              + "'");
    }
  }

  public static ServiceCode of(String value) {
    return new ServiceCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
