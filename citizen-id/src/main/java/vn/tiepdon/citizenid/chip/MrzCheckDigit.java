package vn.tiepdon.citizenid.chip;

/**
 * The ICAO Doc 9303 Part 3 check digit: weights 7, 3, 1; digits as values, A-Z as 10-35, '<' as 0.
 */
public final class MrzCheckDigit {
  private static final int[] WEIGHTS = {7, 3, 1};

  private MrzCheckDigit() {}

  public static char of(String field) {
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += valueOf(field, i) * WEIGHTS[i % WEIGHTS.length];
    }
    return (char) ('0' + sum % 10);
  }

  private static int valueOf(String field, int index) {
    char c = field.charAt(index);
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException(
        "MRZ character at position " + (index + 1) + " must be 0-9, A-Z or '<', was '" + c + "'");
  }
}
