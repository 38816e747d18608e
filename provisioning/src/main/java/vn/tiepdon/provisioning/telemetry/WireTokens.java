package vn.tiepdon.provisioning.telemetry;

import java.util.regex.Pattern;

/**
 * Checks for the short codes that telemetry carries instead of free text. Free text is where
 * personal data leaks (a name in an error message, a citizen ID in a reason), so telemetry takes
 * codes only and refuses anything that looks like an ID number.
 */
public final class WireTokens {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

  /** A 9-digit CMND or 12-digit CCCD number, alone or inside a longer code. */
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{9,}");

  private WireTokens() {}

  /** Returns {@code value} if it is a code of at most {@code maxLength} characters. */
  public static String requireToken(String field, String value, int maxLength) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.length() > maxLength || !TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be a code of 1-"
              + maxLength
              + " letters, digits, '_', '.', ':' or '-', was '"
              + value
              + "'");
    }
    if (ID_NUMBER.matcher(value).find()) {
      // Never echo the value: it may be a citizen ID.
      throw new IllegalArgumentException(
          field + " must not contain a run of 9 or more digits (looks like a personal ID number)");
    }
    return value;
  }

  /** Like {@link #requireToken} but {@code null} is allowed and stays {@code null}. */
  public static String optionalToken(String field, String value, int maxLength) {
    return value == null ? null : requireToken(field, value, maxLength);
  }

  public static int requireNotNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value);
    }
    return value;
  }

  public static long requireNotNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value);
    }
    return value;
  }

  public static <T> T require(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }
}
