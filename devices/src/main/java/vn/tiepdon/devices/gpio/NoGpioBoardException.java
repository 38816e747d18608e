package vn.tiepdon.devices.gpio;

/**
 * The configuration asks for the board's GPIO, but this machine has none that the adapter can use
 * (a desk PC, a CI runner, a board without the GPIO character device). A setup mistake to report in
 * one line at start-up, not a device that went down.
 */
public final class NoGpioBoardException extends RuntimeException {
  public NoGpioBoardException(String message) {
    super(message);
  }
}
