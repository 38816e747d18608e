package vn.tiepdon.citizenid.chip;

import java.io.IOException;

/** No reader is connected, the named reader is missing, or no card is on it. */
public class NoReaderException extends IOException {
  public NoReaderException(String message) {
    super(message);
  }

  public NoReaderException(String message, Throwable cause) {
    super(message, cause);
  }
}
