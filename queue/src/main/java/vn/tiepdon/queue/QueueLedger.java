package vn.tiepdon.queue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.queue.his.VisitLedger;

/**
 * What {@link IssueTicket} reads and writes inside one {@link QueueStore} transaction, including
 * the tickets' HIS visits and the outbox of registrations waiting for the HIS.
 */
public interface QueueLedger extends VisitLedger {
  Optional<Ticket> find(TicketId id);

  Optional<Ticket> findByRequestKey(RequestKey key);

  /** Numbers handed out for a service and day. */
  int issuedCount(SiteId site, ServiceCode service, LocalDate day);

  /** The next number of the site, service and day sequence; the sequence moves on for good. */
  TicketNumber nextNumber(SiteId site, ServiceCode service, LocalDate day);

  /** Waiting tickets that will be called before a new ticket of this sort weight. */
  int waitingAhead(SiteId site, ServiceCode service, LocalDate day, int sortWeight);

  /** The most recent recorded service times of a service, newest first. */
  List<Duration> recentServiceTimes(SiteId site, ServiceCode service, int limit);

  void insert(Ticket ticket);

  void updatePrintStatus(TicketId id, PrintStatus status, Instant at);

  void recordServed(TicketId id, Duration serviceTime, Instant at);

  List<Ticket> ticketsOn(SiteId site, LocalDate day);

  Map<ServiceCode, Integer> issuedCounts(SiteId site, LocalDate day);

  Map<ServiceCode, Integer> waitingCounts(SiteId site, LocalDate day);
}
