package vn.tiepdon.citizenid.chip;

import java.util.Objects;

/** Reading the chip failed; {@link #failure()} is the reason, the message is for developers. */
public class ChipReadException extends Exception {
  private final ChipFailure failure;

  public ChipReadException(ChipFailure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  public ChipFailure failure() {
    return failure;
  }
}
