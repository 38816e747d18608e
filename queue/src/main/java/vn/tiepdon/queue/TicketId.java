package vn.tiepdon.queue;

import java.util.Objects;
import java.util.UUID;

/**
 * A ticket's identity, random so that the follow-the-queue URL printed on the ticket cannot be
 * guessed from someone else's ticket.
 */
public record TicketId(UUID value) {
  public TicketId {
    Objects.requireNonNull(value, "ticket id");
  }

  public static TicketId random() {
    return new TicketId(UUID.randomUUID());
  }

  public static TicketId parse(String text) {
    Objects.requireNonNull(text, "ticket id");
    try {
      UUID uuid = UUID.fromString(text);
      if (!uuid.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("not canonical");
      }
      return new TicketId(uuid);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ticket id must be a UUID, was '" + text + "'", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
