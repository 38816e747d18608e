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

  /**
   * The next number of the site, service and day sequence; the sequence moves on for good. With
   * leased blocks it is the next number of the kiosk's lowest open block.
   *
   * @throws NumbersExhaustedException when the kiosk's leased blocks are used up
   */
  TicketNumber nextNumber(SiteId site, ServiceCode service, LocalDate day);

  /** Stores a block of numbers leased from the site coordinator. */
  void addBlock(NumberBlock block);

  /** The kiosk's blocks for a service and day that still have numbers, lowest first. */
  List<NumberBlock> openBlocks(SiteId site, ServiceCode service, LocalDate day);

  /** The blocks of a day that still have numbers, for every service. */
  List<NumberBlock> openBlocks(SiteId site, LocalDate day);

  /**
   * Stops issuing from a day's open blocks; their unused numbers become returns to send to the
   * coordinator.
   */
  void closeBlocks(SiteId site, LocalDate day);

  /**
   * Closed blocks whose return the coordinator has not recorded yet; {@code next()} is the first
   * number given back.
   */
  List<NumberBlock> unsentReturns(SiteId site);

  void markReturnSent(String leaseId);

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
