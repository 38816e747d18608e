package vn.tiepdon.provisioning.command;

/** A command or ack payload that cannot be read; the message names the field. */
public final class MalformedCommandException extends IllegalArgumentException {
  public MalformedCommandException(String message) {
    super(message);
  }

  public MalformedCommandException(String message, Throwable cause) {
    super(message, cause);
  }
}
