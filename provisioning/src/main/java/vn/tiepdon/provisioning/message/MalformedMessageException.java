package vn.tiepdon.provisioning.message;

/** A payload that is not a valid message; the text names the field and what was wrong. */
public final class MalformedMessageException extends IllegalArgumentException {
  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
