package vn.tiepdon.queue;

/**
 * A request key was used again for a different service: a caller bug, since a retry must repeat the
 * same request. The first ticket stands.
 */
public final class RequestKeyConflictException extends RuntimeException {
  private final transient Ticket existing;

  public RequestKeyConflictException(RequestKey key, ServiceCode requested, Ticket existing) {
    super(
        "request key "
            + key
            + " already issued ticket "
            + existing.id()
            + " for service "
            + existing.service()
            + ", not "
            + requested);
    this.existing = existing;
  }

  public Ticket existing() {
    return existing;
  }
}
