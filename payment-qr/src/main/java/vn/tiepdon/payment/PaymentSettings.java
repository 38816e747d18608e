package vn.tiepdon.payment;

import java.time.Duration;
import vn.tiepdon.payment.bank.BankBin;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * The {@code payment:} section of the kiosk configuration: which account receives the fees and how
 * long a payment QR stays valid.
 *
 * @param bankBin the 6-digit BIN of the receiving bank, e.g. {@code 970436}
 * @param accountNumber the receiving account (VietQR consumer ID): 1–19 letters or digits
 * @param accountName the account holder as the bank shows it, for the screen
 * @param intentValidity how long a payment intent stays open; default 15 minutes
 * @param purposeText words after the reference code in the transfer content; default {@code VIEN
 *     PHI}
 */
public record PaymentSettings(
    String bankBin,
    String accountNumber,
    String accountName,
    Duration intentValidity,
    String purposeText) {

  public static final Duration DEFAULT_INTENT_VALIDITY = Duration.ofMinutes(15);
  public static final String DEFAULT_PURPOSE_TEXT = "VIEN PHI";

  /** Reference code (9) + a space leave 15 of the 25 characters NAPAS allows in 62.08. */
  public static final int MAX_PURPOSE_TEXT = 15;

  public PaymentSettings {
    if (bankBin == null || !BankBin.isWellFormed(bankBin)) {
      throw new IllegalArgumentException("bankBin must be 6 digits, was " + quoted(bankBin));
    }
    if (accountNumber == null || !accountNumber.matches("[0-9A-Za-z]{1,19}")) {
      throw new IllegalArgumentException(
          "accountNumber must be 1-19 letters or digits, was " + quoted(accountNumber));
    }
    if (accountName == null || accountName.isBlank()) {
      throw new IllegalArgumentException(
          "accountName must not be blank, was " + quoted(accountName));
    }
    if (intentValidity == null) {
      intentValidity = DEFAULT_INTENT_VALIDITY;
    }
    if (intentValidity.isNegative()
        || intentValidity.isZero()
        || intentValidity.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "intentValidity must be > 0 and <= 1 day, was " + intentValidity);
    }
    purposeText =
        purposeText == null ? DEFAULT_PURPOSE_TEXT : AsciiFolding.fold(purposeText).strip();
    if (purposeText.length() > MAX_PURPOSE_TEXT) {
      throw new IllegalArgumentException(
          "purposeText must be at most "
              + MAX_PURPOSE_TEXT
              + " ASCII characters, was "
              + quoted(purposeText));
    }
  }

  /** Settings with the default validity and purpose text. */
  public PaymentSettings(String bankBin, String accountNumber, String accountName) {
    this(bankBin, accountNumber, accountName, null, null);
  }

  public BankBin bin() {
    return BankBin.of(bankBin);
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
