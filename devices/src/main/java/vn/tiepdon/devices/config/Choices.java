package vn.tiepdon.devices.config;

import java.util.List;

/** Parses a setting that must be one of a few words, case-insensitively. */
final class Choices {
  private Choices() {}

  /** Returns the choice in its listed spelling; {@code value} null gives {@code fallback}. */
  static String oneOf(String field, String value, String fallback, List<String> allowed) {
    return oneOf(field, value, fallback, allowed, "");
  }

  /** As above; {@code hint} is appended to the error, e.g. what is not available yet. */
  static String oneOf(
      String field, String value, String fallback, List<String> allowed, String hint) {
    if (value == null) {
      return fallback;
    }
    for (String choice : allowed) {
      if (choice.equalsIgnoreCase(value.trim())) {
        return choice;
      }
    }
    throw new IllegalArgumentException(
        field
            + " must be one of "
            + String.join(", ", allowed)
            + ", was '"
            + value
            + "'"
            + (hint.isEmpty() ? "" : " (" + hint + ")"));
  }
}
