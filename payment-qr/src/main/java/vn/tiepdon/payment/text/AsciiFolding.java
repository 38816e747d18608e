package vn.tiepdon.payment.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to the printable ASCII that VietQR text fields ("ans") and bank statements
 * carry: {@code "Thanh toán viện phí Đợt 2"} becomes {@code "Thanh toan vien phi Dot 2"}.
 */
public final class AsciiFolding {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7E]");
  private static final Pattern WHITESPACE =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u3000]");

  private AsciiFolding() {}

  /**
   * Strips diacritics, maps Đ/đ to D/d, turns each other whitespace character (tab, line break,
   * no-break space) into a space and drops what still is not printable ASCII (emoji, typographic
   * dashes). Printable ASCII comes back unchanged, so folding is safe to repeat.
   */
  public static String fold(String text) {
    if (isPrintableAscii(text)) {
      return text;
    }
    String withoutMarks =
        COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    // Đ (U+0110) is a letter of its own, not D plus a mark, so NFD leaves it in place.
    String dMapped = withoutMarks.replace('Đ', 'D').replace('đ', 'd');
    String spaced = WHITESPACE.matcher(dMapped).replaceAll(" ");
    return NOT_PRINTABLE_ASCII.matcher(spaced).replaceAll("");
  }

  /**
   * The form used to search transfer content: folded, upper-case, with every character other than
   * A–Z and 0–9 removed, so that spaces, dots and line breaks a bank inserts do not split a code.
   */
  public static String compact(String text) {
    String ascii = compactAscii(text);
    if (ascii != null) {
      return ascii;
    }
    String folded = fold(text).toUpperCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The compact form when {@code text} is all ASCII (most bank content, line breaks included),
   * without normalising; null when it holds anything else. Reconciliation runs this per transfer.
   */
  private static String compactAscii(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'a' && c <= 'z') {
        out[n++] = (char) (c - ('a' - 'A'));
      } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }

  /** True if every character is printable ASCII (the EMV "ans" character set). */
  public static boolean isPrintableAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
