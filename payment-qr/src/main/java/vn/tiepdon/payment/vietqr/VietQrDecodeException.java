package vn.tiepdon.payment.vietqr;

/**
 * A VietQR payload was rejected. Carries what was wrong ({@link #reason()}), where ({@link #tag()}
 * as a path such as {@code 38.01.01}, and {@link #position()}, the 0-based character index in the
 * payload) and a developer-facing detail; the UI maps the reason to its own words.
 */
public final class VietQrDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a payload was rejected. */
  public enum Reason {
    /** Nothing to decode. */
    EMPTY,
    /** An object ID is not two digits. */
    MALFORMED_TAG,
    /** A length is not two digits from 01 to 99. */
    MALFORMED_LENGTH,
    /** An object header or value runs past the end of its template or of the payload. */
    TRUNCATED,
    /** The same ID twice in one template. */
    DUPLICATE_TAG,
    /** A mandatory object is absent. */
    MISSING_TAG,
    /** An object in the wrong place (00 must be first). */
    MISPLACED_TAG,
    /** Characters after the CRC (63 must be last). */
    TRAILING_DATA,
    /** The CRC object is not four hex digits. */
    MALFORMED_CRC,
    /** The CRC does not match the payload: a misread or tampered code. */
    CRC_MISMATCH,
    /** A template holds an object ID it does not define (e.g. 38.01.02). */
    UNKNOWN_TAG,
    /** A mandatory object holds a value VietQR does not define (e.g. currency other than 704). */
    UNEXPECTED_VALUE,
    /** An object VietQR transfers do not use and the kiosk cannot honour (tip, fees). */
    UNSUPPORTED_TAG,
    /** A value breaks its format: wrong characters or too long. */
    INVALID_VALUE,
    /** The amount is not a positive whole number of dong. */
    MALFORMED_AMOUNT,
    /** The amount is at or above the NAPAS 247 cap of 500 million dong. */
    AMOUNT_OUT_OF_RANGE
  }

  private final Reason reason;
  private final String tag;
  private final int position;
  private final String detail;

  public VietQrDecodeException(Reason reason, String tag, int position, String detail) {
    super("tag " + tag + " at position " + position + ": " + reason + ": " + detail);
    this.reason = reason;
    this.tag = tag;
    this.position = position;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** The object path, e.g. {@code 54} or {@code 38.01.01}; {@code -} when no object applies. */
  public String tag() {
    return tag;
  }

  /** 0-based character index in the payload where the offending object (or problem) starts. */
  public int position() {
    return position;
  }

  /** Developer-facing explanation naming the value, in English. */
  public String detail() {
    return detail;
  }
}
