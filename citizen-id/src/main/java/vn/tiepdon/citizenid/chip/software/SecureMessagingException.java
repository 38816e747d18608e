package vn.tiepdon.citizenid.chip.software;

/** A protected command failed its checks; the chip ends secure messaging (SW 6988). */
final class SecureMessagingException extends RuntimeException {
  SecureMessagingException(String message) {
    super(message);
  }
}
