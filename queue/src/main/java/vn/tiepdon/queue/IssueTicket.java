package vn.tiepdon.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Issues queue tickets: checks the service's rules, takes the next number of the site, service and
 * day sequence, places the ticket by priority, promises a wait and records it all in one store
 * transaction, so a number is never handed out twice and a retried request gets its first ticket
 * back.
 */
public final class IssueTicket {
  private final SiteId site;
  private final ServiceCatalogue catalogue;
  private final PriorityRules priorityRules;
  private final WaitEstimator estimator;
  private final QueueStore store;
  private final Clock clock;

  public IssueTicket(
      SiteId site,
      ServiceCatalogue catalogue,
      PriorityRules priorityRules,
      WaitEstimator estimator,
      QueueStore store,
      Clock clock) {
    this.site = Objects.requireNonNull(site, "site");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.priorityRules = Objects.requireNonNull(priorityRules, "priorityRules");
    this.estimator = Objects.requireNonNull(estimator, "estimator");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public IssueTicket(SiteId site, QueueSettings settings, QueueStore store, Clock clock) {
    this(
        site,
        settings.catalogue(),
        settings.priorityRules(),
        settings.waitEstimator(),
        store,
        clock);
  }

  /**
   * Issues a ticket, or returns the ticket already issued for the request's key.
   *
   * @throws TicketRefusedException when the service is closed, full or not for the patient's age
   * @throws RequestKeyConflictException when the key already issued a ticket for another service
   * @throws IllegalArgumentException for an unknown service or priority group, or a birth date in
   *     the future
   */
  public Ticket issue(TicketRequest request) {
    return issue(request, (ledger, ticket) -> {});
  }

  /**
   * Issues a ticket like {@link #issue(TicketRequest)}, and when a new ticket is recorded, runs
   * {@code alongside} in the same transaction (e.g. to record its HIS registration): both are kept,
   * or neither. It does not run when the key's earlier ticket is returned.
   */
  public Ticket issue(TicketRequest request, BiConsumer<QueueLedger, Ticket> alongside) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(alongside, "alongside");
    Instant now = clock.instant();
    ZonedDateTime localNow = QueueDay.local(now);
    LocalDate day = localNow.toLocalDate();
    ClinicService service = catalogue.require(request.service());
    Priority priority = priorityRules.resolve(request.birthDate(), day, request.declaredGroups());
    return store.write(
        ledger ->
            ledger
                .findByRequestKey(request.key())
                .map(earlier -> sameRequest(earlier, request))
                .orElseGet(
                    () -> {
                      Ticket ticket = record(ledger, service, request, priority, now, localNow);
                      alongside.accept(ledger, ticket);
                      return ticket;
                    }));
  }

  /**
   * Whether the request would get a ticket now (hours, capacity, age), without taking a number:
   * asked before slow work such as the HIS registration. {@link #issue} checks again.
   */
  public Eligibility check(TicketRequest request) {
    Objects.requireNonNull(request, "request");
    ZonedDateTime localNow = QueueDay.local(clock.instant());
    ClinicService service = catalogue.require(request.service());
    int issued =
        store.read(ledger -> ledger.issuedCount(site, service.code(), localNow.toLocalDate()));
    return service.eligibility(request.birthDate(), localNow, issued);
  }

  /** The ticket a request key issued, if any. */
  public java.util.Optional<Ticket> findByRequestKey(RequestKey key) {
    Objects.requireNonNull(key, "key");
    return store.read(ledger -> ledger.findByRequestKey(key));
  }

  /** The site whose sequences this issues from. */
  public SiteId site() {
    return site;
  }

  private Ticket record(
      QueueLedger ledger,
      ClinicService service,
      TicketRequest request,
      Priority priority,
      Instant now,
      ZonedDateTime localNow) {
    LocalDate day = localNow.toLocalDate();
    int issued = ledger.issuedCount(site, service.code(), day);
    Eligibility eligibility = service.eligibility(request.birthDate(), localNow, issued);
    if (!eligibility.isEligible()) {
      throw new TicketRefusedException(eligibility, service.code());
    }
    int ahead = ledger.waitingAhead(site, service.code(), day, priority.sortWeight());
    List<Duration> history = ledger.recentServiceTimes(site, service.code(), WaitEstimator.WINDOW);
    Ticket ticket =
        new Ticket(
            TicketId.random(),
            request.key(),
            site,
            service.code(),
            day,
            ledger.nextNumber(site, service.code(), day),
            now,
            priority,
            ahead + 1,
            estimator.etaMinutes(ahead, history),
            PrintStatus.PENDING);
    ledger.insert(ticket);
    return ticket;
  }

  private static Ticket sameRequest(Ticket earlier, TicketRequest request) {
    if (!earlier.service().equals(request.service())) {
      throw new RequestKeyConflictException(request.key(), request.service(), earlier);
    }
    return earlier;
  }

  /**
   * Records what happened at the printer.
   *
   * @throws UnknownTicketException when no ticket has this id
   * @throws IllegalStateException when the status cannot follow the current one (e.g. back to
   *     PENDING)
   */
  public Ticket markPrinted(TicketId id, PrintStatus status) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Instant now = clock.instant();
    return store.write(
        ledger -> {
          Ticket ticket = ledger.find(id).orElseThrow(() -> new UnknownTicketException(id));
          if (!ticket.printStatus().canBecome(status)) {
            throw new IllegalStateException(
                "ticket " + id + " is " + ticket.printStatus() + " and cannot become " + status);
          }
          ledger.updatePrintStatus(id, status, now);
          return ticket.withPrintStatus(status);
        });
  }

  /**
   * Records that the patient was seen, taking {@code serviceTime} in the room; the time feeds the
   * wait estimates.
   */
  public void recordServed(TicketId id, Duration serviceTime) {
    Objects.requireNonNull(id, "id");
    if (serviceTime == null || serviceTime.isNegative()) {
      throw new IllegalArgumentException("serviceTime must be >= 0, was " + serviceTime);
    }
    Instant now = clock.instant();
    store.write(
        ledger -> {
          ledger.find(id).orElseThrow(() -> new UnknownTicketException(id));
          ledger.recordServed(id, serviceTime, now);
          return null;
        });
  }

  /**
   * Today's issued and waiting counts and the wait a new patient would be promised, per service.
   */
  public QueueFigures today() {
    LocalDate day = QueueDay.of(clock.instant());
    return store.read(
        ledger -> {
          Map<ServiceCode, Integer> issued = ledger.issuedCounts(site, day);
          Map<ServiceCode, Integer> waiting = ledger.waitingCounts(site, day);
          return new QueueFigures(
              day,
              catalogue.services().stream()
                  .map(s -> load(ledger, s.code(), issued, waiting))
                  .collect(Collectors.toList()));
        });
  }

  private ServiceLoad load(
      QueueLedger ledger,
      ServiceCode code,
      Map<ServiceCode, Integer> issued,
      Map<ServiceCode, Integer> waiting) {
    int waitingNow = waiting.getOrDefault(code, 0);
    List<Duration> history = ledger.recentServiceTimes(site, code, WaitEstimator.WINDOW);
    return new ServiceLoad(
        code, issued.getOrDefault(code, 0), waitingNow, estimator.etaMinutes(waitingNow, history));
  }

  /** The tickets of one business day, in issue order. */
  public List<Ticket> ticketsOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return store.read(ledger -> ledger.ticketsOn(site, day));
  }

  public Ticket find(TicketId id) {
    return store.read(ledger -> ledger.find(id)).orElseThrow(() -> new UnknownTicketException(id));
  }
}
