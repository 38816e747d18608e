package vn.tiepdon.provisioning.topic;

import java.util.regex.Pattern;

/** The one rule for ids that become topic levels: no wildcards, separators or surprises. */
final class TopicSegments {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  private TopicSegments() {}

  static void requireId(String field, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be 1-32 lower-case letters, digits or '-' (starting with a letter or digit),"
              + " was "
              + quote(value));
    }
  }

  static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
