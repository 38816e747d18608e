package vn.tiepdon.citizenid.chip.software;

/** A command the chip cannot parse; it answers with a status word instead of data. */
final class MalformedApduException extends RuntimeException {
  MalformedApduException(String message) {
    super(message);
  }
}
