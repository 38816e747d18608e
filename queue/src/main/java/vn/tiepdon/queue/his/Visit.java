package vn.tiepdon.queue.his;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.queue.TicketId;

/**
 * A ticket's registration with the HIS.
 *
 * @param hisNumber the HIS's queue number for the visit, when it assigns them
 */
public record Visit(
    TicketId ticket,
    VisitState state,
    Optional<EncounterRef> encounter,
    Optional<String> hisNumber) {
  public Visit {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(encounter, "encounter");
    Objects.requireNonNull(hisNumber, "hisNumber");
    if (state == VisitState.REGISTERED && encounter.isEmpty()) {
      throw new IllegalArgumentException("a registered visit needs its encounter");
    }
  }

  public static Visit registered(TicketId ticket, Registration.Registered registered) {
    return new Visit(
        ticket, VisitState.REGISTERED, Optional.of(registered.encounter()), registered.hisNumber());
  }

  public static Visit of(TicketId ticket, VisitState state) {
    return new Visit(ticket, state, Optional.empty(), Optional.empty());
  }

  public boolean provisional() {
    return state.provisional();
  }
}
