package vn.tiepdon.queue.his;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.queue.Eligibility;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.QueueStore;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketId;
import vn.tiepdon.queue.TicketRefusedException;
import vn.tiepdon.queue.TicketRequest;

/**
 * Registers a visit with the HIS and issues its ticket.
 *
 * <p>The HIS is asked first, outside any database transaction, so a slow HIS never holds the ticket
 * store's write lock. Then the ticket is recorded together with the answer in one transaction:
 * registered (with the HIS's encounter and queue number), local-only, or — when the HIS is
 * unreachable — provisional, with the registration sealed into the outbox in that same transaction,
 * so a provisional ticket never exists without its waiting registration. A refusal issues no
 * ticket.
 *
 * <p>A request key that already has a ticket returns it without asking the HIS again; the HIS
 * adapter recognises a repeated key too, so a crash between the HIS's answer and the ticket's
 * commit is healed by the retry.
 */
public final class RegisterVisit {
  private static final Logger LOG = LoggerFactory.getLogger(RegisterVisit.class);

  private final IssueTicket tickets;
  private final QueueStore store;
  private final HospitalSystem his;
  private final RegistrationSealer sealer;
  private final Clock clock;

  public RegisterVisit(
      IssueTicket tickets,
      QueueStore store,
      HospitalSystem his,
      RegistrationSealer sealer,
      Clock clock) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.store = Objects.requireNonNull(store, "store");
    this.his = Objects.requireNonNull(his, "his");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers and issues, or returns what the request's key already issued.
   *
   * @throws TicketRefusedException when the service is closed, full or not for the patient's age
   *     (checked before the HIS is asked)
   * @throws VisitRefusedException when the HIS refuses the visit
   */
  public RegisteredTicket register(TicketRequest request, PatientDetails patient) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(patient, "patient");
    Optional<RegisteredTicket> earlier = existing(request);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Eligibility eligibility = tickets.check(request);
    if (!eligibility.isEligible()) {
      throw new TicketRefusedException(eligibility, request.service());
    }
    Instant now = clock.instant();
    VisitRequest visit =
        new VisitRequest(request.key(), tickets.site(), request.service(), patient, now);
    Registration answer = his.register(visit);
    if (answer instanceof Registration.Refused refused) {
      LOG.warn(
          "HIS refused visit {} for {} ({}): {}",
          request.key(),
          request.service(),
          patient.citizenId().masked(),
          refused.reason());
      throw new VisitRefusedException(request.service(), refused.reason());
    }
    if (answer instanceof Registration.Unreachable unreachable) {
      LOG.warn(
          "HIS unreachable for visit {} ({}); provisional ticket, registration kept encrypted: {}",
          request.key(),
          patient.citizenId().masked(),
          unreachable.why());
    }
    Ticket ticket;
    try {
      ticket =
          tickets.issue(
              request,
              (ledger, issued) -> {
                Visit state = visitFor(issued.id(), answer);
                ledger.recordVisit(state, now);
                if (state.state() == VisitState.PROVISIONAL) {
                  ledger.enqueue(sealer.seal(visit, issued.id(), now));
                }
              });
    } catch (RuntimeException e) {
      if (answer instanceof Registration.Registered registered) {
        // The service filled up (or the kiosk ran out of numbers) between the check and the
        // ticket: the HIS holds a visit without a ticket, for staff to cancel.
        LOG.warn(
            "HIS encounter {} for visit {} has no ticket: {}",
            registered.encounter(),
            request.key(),
            e.getMessage());
      }
      throw e;
    }
    return new RegisteredTicket(ticket, visitOf(ticket.id()));
  }

  /** The visit state of a ticket; a ticket issued without an HIS step counts as local-only. */
  public Visit visitOf(TicketId ticket) {
    return store
        .read(ledger -> ledger.visit(ticket))
        .orElseGet(() -> Visit.of(ticket, VisitState.LOCAL_ONLY));
  }

  private Optional<RegisteredTicket> existing(TicketRequest request) {
    return tickets
        .findByRequestKey(request.key())
        .map(
            t -> {
              if (!t.service().equals(request.service())) {
                // Let IssueTicket report the conflict the way it always does.
                tickets.issue(request);
              }
              return new RegisteredTicket(t, visitOf(t.id()));
            });
  }

  private static Visit visitFor(TicketId ticket, Registration answer) {
    if (answer instanceof Registration.Registered registered) {
      return Visit.registered(ticket, registered);
    }
    if (answer instanceof Registration.LocalOnly) {
      return Visit.of(ticket, VisitState.LOCAL_ONLY);
    }
    return Visit.of(ticket, VisitState.PROVISIONAL);
  }
}
