package vn.tiepdon.queue.his;

import vn.tiepdon.queue.RequestKey;

/** An outbox row cannot be decrypted (another key, or altered): it stays, for staff to resolve. */
public final class UnreadableRegistrationException extends RuntimeException {
  private final RequestKey key;

  public UnreadableRegistrationException(RequestKey key, String why) {
    super("outbox registration " + key + " cannot be opened: " + why);
    this.key = key;
  }

  public RequestKey key() {
    return key;
  }
}
