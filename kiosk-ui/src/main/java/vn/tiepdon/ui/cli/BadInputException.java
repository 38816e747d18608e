package vn.tiepdon.ui.cli;

/**
 * The user's input was wrong; the message is the one line printed on stderr, naming what was wrong,
 * and the launcher exits with status 2.
 */
public final class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
