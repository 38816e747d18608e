package vn.tiepdon.queue.his;

import java.util.Objects;
import vn.tiepdon.queue.Ticket;

/** A ticket and its visit's standing with the HIS. */
public record RegisteredTicket(Ticket ticket, Visit visit) {
  public RegisteredTicket {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(visit, "visit");
    if (!visit.ticket().equals(ticket.id())) {
      throw new IllegalArgumentException(
          "visit " + visit.ticket() + " is not ticket " + ticket.id());
    }
  }

  /** The patient confirms the visit at the clinic (UX.md "hospital system down"). */
  public boolean provisional() {
    return visit.provisional();
  }
}
