package vn.tiepdon.devices.chipbox;

import java.util.Optional;

/**
 * The frame types of the chip-box protocol (devices/README.md, "Serial chip-reader boxes"). Codes
 * with the high bit clear go from the kiosk to the box; codes with it set come from the box.
 */
public enum FrameType {
  /** Kiosk → box: are you there? The box answers {@link #PONG}. */
  PING(0x01),
  /** Kiosk → box: power the card in the field and return its ATR ({@link #ATR}). */
  POWER_ON(0x10),
  /** Kiosk → box: send the payload (a command APDU) to the card ({@link #RESPONSE}). */
  TRANSCEIVE(0x11),
  /** Kiosk → box: the {@link #CARD_DATA} with this sequence number was accepted. */
  ACK(0x14),
  /** Kiosk → box: the {@link #CARD_DATA} with this sequence number was rejected; payload ASCII. */
  REJECT(0x15),
  /** Box → kiosk: answer to PING; payload byte 0 bit 0 = card present, then the ATR if so. */
  PONG(0x81),
  /** Box → kiosk: answer to POWER_ON; payload = ATR. */
  ATR(0x90),
  /** Box → kiosk: answer to TRANSCEIVE; payload = response APDU with its status word. */
  RESPONSE(0x91),
  /** Box → kiosk, unsolicited: a card entered the field; payload = ATR. */
  CARD_PRESENT(0xA0),
  /** Box → kiosk, unsolicited: the card left the field. */
  CARD_REMOVED(0xA1),
  /**
   * Box → kiosk, unsolicited (parsed-data boxes): the card read by the box, a UTF-8 JSON document.
   */
  CARD_DATA(0xA2),
  /** Box → kiosk: a request failed; payload byte 0 = {@link BoxError} code, then ASCII detail. */
  ERROR(0xE0);

  private final int code;

  FrameType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public boolean fromBox() {
    return (code & 0x80) != 0;
  }

  public static Optional<FrameType> ofCode(int code) {
    for (FrameType type : values()) {
      if (type.code == code) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
