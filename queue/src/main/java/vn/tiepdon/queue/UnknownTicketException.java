package vn.tiepdon.queue;

/** No ticket is recorded under this id. */
public final class UnknownTicketException extends RuntimeException {
  public UnknownTicketException(TicketId id) {
    super("no ticket recorded with id " + id);
  }
}
