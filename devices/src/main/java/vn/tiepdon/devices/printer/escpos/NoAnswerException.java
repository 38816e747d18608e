package vn.tiepdon.devices.printer.escpos;

/** The printer did not answer a status request in time, or answered something else. */
final class NoAnswerException extends Exception {
  NoAnswerException(String message) {
    super(message);
  }
}
