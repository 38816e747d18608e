package vn.tiepdon.payment.bank;

/**
 * The 6-digit bank identification number that routes a VietQR transfer (NAPAS "BNB ID", tag
 * 38.01.00), e.g. {@code 970436} for Vietcombank.
 */
public record BankBin(String value) {
  public BankBin {
    if (value == null || !isWellFormed(value)) {
      throw new IllegalArgumentException(
          "bank BIN must be exactly 6 digits, was "
              + (value == null ? "null" : "\"" + value + "\""));
    }
  }

  public static BankBin of(String value) {
    return new BankBin(value);
  }

  public static boolean isWellFormed(String value) {
    if (value.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
