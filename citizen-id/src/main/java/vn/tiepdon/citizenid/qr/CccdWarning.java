package vn.tiepdon.citizenid.qr;

/**
 * Something odd about a card that is still accepted.
 *
 * @param message for developers and the command line, in English, without the full ID
 */
public record CccdWarning(Kind kind, String message) {

  /** What kind of oddity; the UI maps these to words. */
  public enum Kind {
    /** The ID's province prefix is not in the legacy 63-province table (merged provinces, 2025). */
    UNKNOWN_PROVINCE,
    /** The expiry date the law gives this card is already past. */
    EXPIRED,
    /**
     * The QR layout does not match the issue date (CCCD QR issued after 1 July 2024 or vice versa).
     */
    LAYOUT_DOES_NOT_MATCH_ISSUE_DATE,
    /** No address in the QR. */
    NO_ADDRESS,
    /** The holder would be over 120 years old. */
    IMPLAUSIBLE_AGE
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
