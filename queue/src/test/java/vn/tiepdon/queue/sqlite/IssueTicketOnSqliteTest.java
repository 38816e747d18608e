package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.Eligibility;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.MutableClock;
import vn.tiepdon.queue.PrintStatus;
import vn.tiepdon.queue.PriorityCode;
import vn.tiepdon.queue.PriorityOrigin;
import vn.tiepdon.queue.QueueFigures;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.RequestKeyConflictException;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketId;
import vn.tiepdon.queue.TicketNumber;
import vn.tiepdon.queue.TicketRefusedException;
import vn.tiepdon.queue.TicketRequest;
import vn.tiepdon.queue.UnknownTicketException;

class IssueTicketOnSqliteTest {
  private static final ServiceCode NOI = ServiceCode.of("NOI");
  private static final ServiceCode NHI = ServiceCode.of("NHI");
  private static final SiteId SITE = SiteId.of("bv-demo");
  private static final LocalDate ADULT = LocalDate.parse("1985-03-15");

  @TempDir Path dir;
  private DataSource dataSource;
  private MutableClock clock;
  private IssueTicket queue;
  private int keys;

  @BeforeEach
  void openStore() {
    dataSource = QueueDatabase.open(dir.resolve("kiosk.db"));
    QueueMigrations.migrate(dataSource);
    clock = MutableClock.atVietnamTime("2026-11-23T08:00");
    queue = kiosk(SITE);
  }

  private IssueTicket kiosk(SiteId site) {
    return new IssueTicket(site, DemoCatalogue.settings(), new SqliteQueueStore(dataSource), clock);
  }

  private TicketRequest request(ServiceCode service) {
    return TicketRequest.of(RequestKey.of("req-" + ++keys), service).withBirthDate(ADULT);
  }

  @Test
  void workDoneAlongsideATicketIsKeptWithItOrDiscardedWithIt() {
    TicketRequest failing = request(NOI);
    assertThatThrownBy(
            () ->
                queue.issue(
                    failing,
                    (ledger, ticket) -> {
                      ledger.recordVisit(
                          vn.tiepdon.queue.his.Visit.of(
                              ticket.id(), vn.tiepdon.queue.his.VisitState.PROVISIONAL),
                          clock.instant());
                      throw new IllegalStateException("outbox write failed");
                    }))
        .hasMessage("outbox write failed");
    Ticket next = queue.issue(request(NOI));
    Ticket retried =
        queue.issue(
            failing,
            (ledger, ticket) ->
                ledger.recordVisit(
                    vn.tiepdon.queue.his.Visit.of(
                        ticket.id(), vn.tiepdon.queue.his.VisitState.LOCAL_ONLY),
                    clock.instant()));

    assertThat(next.number()).isEqualTo(TicketNumber.of(1)); // the failed one took no number
    assertThat(retried.number()).isEqualTo(TicketNumber.of(2));
    assertThat(queue.ticketsOn(LocalDate.parse("2026-11-23"))).hasSize(2);
    assertThat(
            new SqliteQueueStore(dataSource)
                .read(ledger -> ledger.visit(retried.id()))
                .map(vn.tiepdon.queue.his.Visit::state))
        .contains(vn.tiepdon.queue.his.VisitState.LOCAL_ONLY);
  }

  @Test
  void numbersEachServiceFromOneInIssueOrder() {
    Ticket first = queue.issue(request(NOI));
    Ticket second = queue.issue(request(NOI));
    Ticket otherService = queue.issue(request(ServiceCode.of("MAT")));

    assertThat(first.number()).isEqualTo(TicketNumber.of(1));
    assertThat(second.number()).isEqualTo(TicketNumber.of(2));
    assertThat(otherService.number()).isEqualTo(TicketNumber.of(1));
    assertThat(first.day()).isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(first.issuedAt()).isEqualTo(clock.instant());
    assertThat(first.printStatus()).isEqualTo(PrintStatus.PENDING);
    assertThat(queue.find(second.id())).isEqualTo(second);
  }

  @Test
  void aRetriedRequestGetsTheSameTicketAndUsesNoNumber() {
    TicketRequest tap = request(NOI);

    Ticket first = queue.issue(tap);
    clock.advance(Duration.ofSeconds(2));
    Ticket retry = queue.issue(tap);
    Ticket next = queue.issue(request(NOI));

    assertThat(retry).isEqualTo(first);
    assertThat(next.number()).isEqualTo(TicketNumber.of(2));
    assertThat(queue.ticketsOn(first.day())).hasSize(2);
  }

  @Test
  void aRequestKeyReusedForAnotherServiceIsRefusedAndTheFirstTicketStands() {
    Ticket first = queue.issue(TicketRequest.of(RequestKey.of("k1"), NOI));

    assertThatThrownBy(() -> queue.issue(TicketRequest.of(RequestKey.of("k1"), NHI)))
        .isInstanceOf(RequestKeyConflictException.class)
        .hasMessageContaining("request key k1 already issued ticket " + first.id());
    assertThat(queue.ticketsOn(first.day())).containsExactly(first);
  }

  @Test
  void theDayRollsOverAtMidnightInVietnamNotInUtc() {
    clock = MutableClock.atVietnamTime("2026-11-23T16:29");
    queue = kiosk(SITE);
    queue.issue(request(NOI));
    queue.issue(request(NOI));

    // 23:59 in Hanoi is 16:59 UTC; midnight in Hanoi is 17:00 UTC on the same UTC date.
    clock.set(Instant.parse("2026-11-24T00:00:00Z"));
    Ticket nextMorning = queue.issue(request(NOI));

    assertThat(nextMorning.day()).isEqualTo(LocalDate.parse("2026-11-24"));
    assertThat(nextMorning.number()).isEqualTo(TicketNumber.of(1));
    assertThat(queue.ticketsOn(LocalDate.parse("2026-11-23"))).hasSize(2);
  }

  @Test
  void aRefusedRequestRecordsNothingAndUsesNoNumber() {
    Ticket first = queue.issue(request(NOI));

    assertThatThrownBy(
            () ->
                queue.issue(
                    TicketRequest.of(RequestKey.of("child"), NOI)
                        .withBirthDate(LocalDate.parse("2018-01-01"))))
        .isInstanceOfSatisfying(
            TicketRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Eligibility.AGE));
    clock.set(MutableClock.atVietnamTime("2026-11-23T17:00").instant());
    assertThatThrownBy(() -> queue.issue(request(NOI)))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Eligibility.CLOSED));
    clock.set(MutableClock.atVietnamTime("2026-11-23T09:00").instant());
    Ticket second = queue.issue(request(NOI));

    assertThat(second.number()).isEqualTo(TicketNumber.of(2));
    assertThat(queue.ticketsOn(first.day())).containsExactly(first, second);
  }

  @Test
  void refusesOnceTheDailyCapacityIsUsed() {
    ServiceCode dalieu = ServiceCode.of("DALIEU");
    for (int i = 0; i < 100; i++) {
      queue.issue(request(dalieu));
    }

    assertThatThrownBy(() -> queue.issue(request(dalieu)))
        .isInstanceOfSatisfying(
            TicketRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Eligibility.FULL);
              assertThat(e.service()).isEqualTo(dalieu);
            });
    assertThat(queue.today().of(dalieu).issued()).isEqualTo(100);
  }

  @Test
  void priorityTicketsGoAheadOfOrdinaryOnesButNotOfHigherPriority() {
    queue.issue(request(NOI));
    queue.issue(request(NOI));
    Ticket elderly =
        queue.issue(
            TicketRequest.of(RequestKey.of("elderly"), NOI)
                .withBirthDate(LocalDate.parse("1940-02-02")));
    Ticket pregnant =
        queue.issue(
            TicketRequest.of(RequestKey.of("pregnant"), NOI)
                .withBirthDate(LocalDate.parse("1996-02-02"))
                .declaring(PriorityCode.PREGNANT));
    Ticket ordinary = queue.issue(request(NOI));

    assertThat(elderly.position()).isEqualTo(1);
    assertThat(elderly.priority().origin()).isEqualTo(PriorityOrigin.BIRTH_DATE);
    assertThat(pregnant.position()).isEqualTo(1);
    assertThat(pregnant.priority().checkAtCounter()).isTrue();
    assertThat(ordinary.position()).isEqualTo(5);
    assertThat(ordinary.ahead()).isEqualTo(4);
    assertThat(queue.find(pregnant.id()).priority()).isEqualTo(pregnant.priority());
  }

  @Test
  void promisesAWaitFromTheDefaultThenFromRecordedServiceTimes() {
    Ticket first = queue.issue(request(NOI));
    Ticket second = queue.issue(request(NOI));
    assertThat(first.etaMinutes()).isZero();
    assertThat(second.etaMinutes()).isEqualTo(5);

    for (int i = 0; i < 5; i++) {
      Ticket seen = queue.issue(request(NOI));
      queue.recordServed(seen.id(), Duration.ofMinutes(12));
    }
    Ticket third = queue.issue(request(NOI));

    assertThat(third.ahead()).isEqualTo(2);
    assertThat(third.etaMinutes()).isEqualTo(24);
    assertThat(queue.find(second.id()).etaMinutes()).isEqualTo(5);
  }

  @Test
  void figuresCountIssuedAndWaitingPerServiceForToday() {
    Ticket a = queue.issue(request(NOI));
    queue.issue(request(NOI));
    queue.issue(request(ServiceCode.of("TMH")));
    queue.recordServed(a.id(), Duration.ofMinutes(4));

    QueueFigures figures = queue.today();

    assertThat(figures.day()).isEqualTo(LocalDate.parse("2026-11-23"));
    assertThat(figures.of(NOI).issued()).isEqualTo(2);
    assertThat(figures.of(NOI).waiting()).isEqualTo(1);
    assertThat(figures.of(NOI).etaMinutes()).isEqualTo(5);
    assertThat(figures.of(NHI).issued()).isZero();
    assertThat(figures.issuedTotal()).isEqualTo(3);
    assertThat(figures.services()).hasSize(8);
  }

  @Test
  void printStatusIsRecordedAndOnlyMovesForward() {
    Ticket ticket = queue.issue(request(NOI));

    queue.markPrinted(ticket.id(), PrintStatus.FAILED);
    Ticket reprinted = queue.markPrinted(ticket.id(), PrintStatus.REPRINTED);

    assertThat(reprinted.printStatus()).isEqualTo(PrintStatus.REPRINTED);
    assertThat(queue.find(ticket.id()).printStatus()).isEqualTo(PrintStatus.REPRINTED);
    assertThatThrownBy(() -> queue.markPrinted(ticket.id(), PrintStatus.PENDING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ticket " + ticket.id() + " is REPRINTED and cannot become PENDING");
    TicketId unknown = TicketId.random();
    assertThatThrownBy(() -> queue.markPrinted(unknown, PrintStatus.PRINTED))
        .isInstanceOf(UnknownTicketException.class)
        .hasMessage("no ticket recorded with id " + unknown);
  }

  @Test
  void aFailedPrintStaysInTheQueue() {
    Ticket failed = queue.issue(request(NOI));
    queue.markPrinted(failed.id(), PrintStatus.FAILED);

    assertThat(queue.issue(request(NOI)).ahead()).isEqualTo(1);
  }

  @Test
  void sitesHaveTheirOwnSequences() {
    IssueTicket otherSite = kiosk(SiteId.of("bv-khac"));

    queue.issue(request(NOI));
    Ticket there = otherSite.issue(request(NOI));

    assertThat(there.number()).isEqualTo(TicketNumber.of(1));
    assertThat(otherSite.ticketsOn(there.day())).containsExactly(there);
  }

  @Test
  void migratesNextToOtherModulesTablesWithItsOwnHistoryTable() throws SQLException {
    DataSource shared = QueueDatabase.open(dir.resolve("shared.db"));
    try (Connection c = shared.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE payment_intent (id TEXT PRIMARY KEY)");
    }

    assertThat(QueueMigrations.migrate(shared)).isPositive();
    assertThat(QueueMigrations.migrate(shared)).isZero();
    try (Connection c = shared.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN"
                    + " ('flyway_history_queue', 'queue_ticket', 'queue_sequence',"
                    + " 'payment_intent') ORDER BY name")) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      assertThat(names)
          .containsExactly(
              "flyway_history_queue", "payment_intent", "queue_sequence", "queue_ticket");
    }
  }

  @Test
  void theDatabaseRunsInWalMode() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }
}
