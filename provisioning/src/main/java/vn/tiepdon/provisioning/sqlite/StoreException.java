package vn.tiepdon.provisioning.sqlite;

/** The database failed; the message says which operation on what. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
