package vn.tiepdon.devices.chipbox;

import vn.tiepdon.devices.card.CardChannelException.Failure;

/** The error codes a box puts in byte 0 of an {@link FrameType#ERROR} frame. */
public enum BoxError {
  NO_CARD(0x01, Failure.NO_CARD),
  CARD_REMOVED(0x02, Failure.CARD_REMOVED),
  CARD_MUTE(0x03, Failure.CARD_MUTE),
  BAD_REQUEST(0x04, Failure.READER_ERROR),
  TOO_LONG(0x05, Failure.TOO_LONG),
  OTHER(0xFF, Failure.READER_ERROR);

  private final int code;
  private final Failure failure;

  BoxError(int code, Failure failure) {
    this.code = code;
    this.failure = failure;
  }

  public int code() {
    return code;
  }

  /** What a channel user is told. */
  public Failure failure() {
    return failure;
  }

  /** Unknown codes are {@link #OTHER}: a newer box firmware must not break the kiosk. */
  public static BoxError ofCode(int code) {
    for (BoxError error : values()) {
      if (error.code == code) {
        return error;
      }
    }
    return OTHER;
  }
}
