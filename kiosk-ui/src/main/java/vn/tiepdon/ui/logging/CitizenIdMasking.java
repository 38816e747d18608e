package vn.tiepdon.ui.logging;

import java.util.regex.Pattern;

/**
 * Masks every 12-digit citizen ID in free text to the form {@code 079******234}, and every BHYT
 * card number to {@code DN4*********223}.
 *
 * <p>It masks any run of exactly twelve digits, whatever it is: a false positive costs a log reader
 * a little context, a false negative leaks personal data (Decree 13/2023).
 */
public final class CitizenIdMasking {
  private static final Pattern TWELVE_DIGITS =
      Pattern.compile("(?<!\\d)(\\d{3})\\d{6}(\\d{3})(?!\\d)");

  /**
   * A BHYT (health insurance) card number: two letters (the insured group), the benefit level, the
   * province and the 10-digit social insurance number, e.g. {@code DN4797915002223}.
   */
  private static final Pattern INSURANCE_CARD =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2}[1-5])\\d{9}(\\d{3})(?![A-Za-z0-9])");

  private CitizenIdMasking() {}

  public static String mask(String text) {
    if (text == null || text.length() < 12) {
      return text;
    }
    String masked = TWELVE_DIGITS.matcher(text).replaceAll("$1******$2");
    return INSURANCE_CARD.matcher(masked).replaceAll("$1*********$2");
  }
}
