package vn.tiepdon.payment.feed;

import vn.tiepdon.payment.Money;

/**
 * How a statement writes amounts: {@code 1,500,000} (thousands ',' as Vietcombank exports), {@code
 * 1.500.000} (thousands '.'), {@code 1500000.00} or {@code 1.500.000,00}. VND has no minor unit, so
 * a fraction must be zero; a non-zero one is an error, never rounded away.
 *
 * @param decimalSeparator '.' or ','
 * @param thousandsSeparator ',', '.', ' ' or 0 for none; differs from the decimal separator
 */
public record AmountFormat(char decimalSeparator, char thousandsSeparator) {
  /** Plain digits, '.' before decimals: {@code 150000} or {@code 150000.00}. */
  public static final AmountFormat PLAIN = new AmountFormat('.', (char) 0);

  /** {@code 1,500,000} or {@code 1,500,000.00}. */
  public static final AmountFormat COMMA_THOUSANDS = new AmountFormat('.', ',');

  /** {@code 1.500.000} or {@code 1.500.000,00}. */
  public static final AmountFormat DOT_THOUSANDS = new AmountFormat(',', '.');

  public AmountFormat {
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException(
          "decimal separator must be '.' or ',', was '" + decimalSeparator + "'");
    }
    if (thousandsSeparator == decimalSeparator) {
      throw new IllegalArgumentException(
          "thousands and decimal separators must differ, both were '" + decimalSeparator + "'");
    }
  }

  /**
   * The amount in {@code text}, or null when the cell is empty; a leading '-' or brackets give a
   * negative number (a debit written in the same column).
   *
   * @throws IllegalArgumentException naming the text when it is not an amount in this format
   */
  public Long parseDong(String text) {
    String t = text == null ? "" : text.strip().replace("\u00A0", " ");
    if (t.isEmpty() || t.equals("-")) {
      return null;
    }
    boolean negative = false;
    if (t.startsWith("(") && t.endsWith(")")) {
      negative = true;
      t = t.substring(1, t.length() - 1).strip();
    } else if (t.startsWith("-")) {
      negative = true;
      t = t.substring(1).strip();
    } else if (t.startsWith("+")) {
      t = t.substring(1).strip();
    }
    t = stripCurrency(t);
    int decimalAt = t.indexOf(decimalSeparator);
    String whole = decimalAt < 0 ? t : t.substring(0, decimalAt);
    String fraction = decimalAt < 0 ? "" : t.substring(decimalAt + 1);
    if (!fraction.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not an amount: \"" + text + "\"");
    }
    if (!fraction.chars().allMatch(c -> c == '0')) {
      throw new IllegalArgumentException(
          "not a whole number of dong (VND has no minor unit): \"" + text + "\"");
    }
    if (thousandsSeparator != 0) {
      whole = checkGroups(whole, text);
    }
    if (whole.isEmpty() || whole.length() > 15 || !whole.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not an amount: \"" + text + "\"");
    }
    long dong = Long.parseLong(whole);
    return negative ? -dong : dong;
  }

  /** Parses a credit: a positive amount. */
  public Money parseCredit(String text) {
    Long dong = parseDong(text);
    if (dong == null || dong <= 0) {
      throw new IllegalArgumentException("not a positive amount: \"" + text + "\"");
    }
    return Money.ofDong(dong);
  }

  private String checkGroups(String whole, String original) {
    String sep = String.valueOf(thousandsSeparator);
    if (!whole.contains(sep)) {
      return whole;
    }
    String[] groups = whole.split(java.util.regex.Pattern.quote(sep), -1);
    for (int i = 0; i < groups.length; i++) {
      int len = groups[i].length();
      if (i == 0 ? len < 1 || len > 3 : len != 3) {
        throw new IllegalArgumentException(
            "thousands separator '" + thousandsSeparator + "' misplaced: \"" + original + "\"");
      }
    }
    return String.join("", groups);
  }

  private static String stripCurrency(String t) {
    String upper = t.toUpperCase(java.util.Locale.ROOT);
    for (String suffix : new String[] {"VND", "\u20AB", "Đ"}) {
      if (upper.endsWith(suffix)) {
        return t.substring(0, t.length() - suffix.length()).strip();
      }
    }
    return t;
  }
}
