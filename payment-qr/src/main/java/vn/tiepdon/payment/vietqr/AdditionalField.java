package vn.tiepdon.payment.vietqr;

import java.util.Optional;

/** The sub-fields of the Additional Data Field Template (tag 62) that VietQR defines. */
public enum AdditionalField {
  BILL_NUMBER(1, 25),
  MOBILE_NUMBER(2, 25),
  STORE_LABEL(3, 25),
  LOYALTY_NUMBER(4, 25),
  /** Set by the merchant to identify the transaction. */
  REFERENCE_LABEL(5, 25),
  CUSTOMER_LABEL(6, 25),
  /** Identifies the terminal: the natural place for the kiosk ID. */
  TERMINAL_LABEL(7, 25),
  /** What bank apps pre-fill as the transfer content; where the reference code goes. */
  PURPOSE(8, 25),
  /** Any of {@code A}, {@code M}, {@code E} (address, mobile, e-mail), each at most once. */
  CONSUMER_DATA_REQUEST(9, 3);

  private final int subTag;
  private final int maxLength;

  AdditionalField(int subTag, int maxLength) {
    this.subTag = subTag;
    this.maxLength = maxLength;
  }

  public int subTag() {
    return subTag;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The field's two-digit path, e.g. {@code 62.08}. */
  public String path() {
    return String.format("62.%02d", subTag);
  }

  public static Optional<AdditionalField> ofSubTag(int subTag) {
    return subTag >= 1 && subTag <= values().length
        ? Optional.of(values()[subTag - 1])
        : Optional.empty();
  }
}
