package vn.tiepdon.payment.vietqr;

import java.util.Optional;

/** NAPAS 247 service of a VietQR code (tag 38.02): transfer to an account or to a card. */
public enum ServiceCode {
  /** {@code QRIBFTTA}: fast transfer to a bank account; what a hospital uses. */
  ACCOUNT("QRIBFTTA"),
  /** {@code QRIBFTTC}: fast transfer to a card number (9704…). */
  CARD("QRIBFTTC");

  private final String code;

  ServiceCode(String code) {
    this.code = code;
  }

  /** The value carried in tag 38.02. */
  public String code() {
    return code;
  }

  public static Optional<ServiceCode> fromCode(String code) {
    for (ServiceCode service : values()) {
      if (service.code.equals(code)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }
}
