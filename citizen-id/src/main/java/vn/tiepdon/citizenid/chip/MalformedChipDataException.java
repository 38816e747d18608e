package vn.tiepdon.citizenid.chip;

/** A file read from the chip does not have the structure it must have; the message names it. */
public class MalformedChipDataException extends RuntimeException {
  public MalformedChipDataException(String message) {
    super(message);
  }

  public MalformedChipDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
