package vn.tiepdon.provisioning.identity;

/** A keystore file that cannot be created or opened; the message names the file and the reason. */
public final class KeyStoreException extends RuntimeException {
  public KeyStoreException(String message) {
    super(message);
  }

  public KeyStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
