package vn.tiepdon.ui.logging;

import java.util.regex.Pattern;

/**
 * Masks every 12-digit citizen ID in free text to the form {@code 079******234}.
 *
 * <p>It masks any run of exactly twelve digits, whatever it is: a false positive costs a log reader
 * a little context, a false negative leaks personal data (Decree 13/2023).
 */
public final class CitizenIdMasking {
  private static final Pattern TWELVE_DIGITS =
      Pattern.compile("(?<!\\d)(\\d{3})\\d{6}(\\d{3})(?!\\d)");

  private CitizenIdMasking() {}

  public static String mask(String text) {
    if (text == null || text.length() < 12) {
      return text;
    }
    return TWELVE_DIGITS.matcher(text).replaceAll("$1******$2");
  }
}
