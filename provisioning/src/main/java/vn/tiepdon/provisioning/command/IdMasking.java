package vn.tiepdon.provisioning.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a personal ID number in text that leaves the kiosk: every run of 9 or more
 * digits keeps its first and last 3 digits ({@code 079123456234} becomes {@code 079******234}).
 */
public final class IdMasking {
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{9,}");

  private IdMasking() {}

  public static String mask(String text) {
    if (text == null) {
      return "";
    }
    Matcher m = ID_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group();
      m.appendReplacement(
          out,
          digits.substring(0, 3)
              + "*".repeat(digits.length() - 6)
              + digits.substring(digits.length() - 3));
    }
    m.appendTail(out);
    return out.toString();
  }
}
