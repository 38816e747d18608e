package vn.tiepdon.queue.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.tiepdon.queue.BlockLeaser;
import vn.tiepdon.queue.CoordinatorUnavailableException;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.KioskId;
import vn.tiepdon.queue.LeaseCoordinator;
import vn.tiepdon.queue.MutableClock;
import vn.tiepdon.queue.NumberBlock;
import vn.tiepdon.queue.NumbersExhaustedException;
import vn.tiepdon.queue.QueueSettings;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketRequest;

/**
 * Two kiosks of one site, each with its own SQLite database, sharing one sequence through a site
 * coordinator database; one of them loses the coordinator (a database it cannot open).
 */
class LeasedNumberingTest {
  static final SiteId SITE = SiteId.of("bv-test");
  static final ServiceCode NOI = ServiceCode.of("NOI");
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);
  static final QueueSettings SETTINGS = DemoCatalogue.settings();

  @TempDir Path dir;
  MutableClock clock;
  SqliteLeaseCoordinator coordinator;
  LeaseCoordinator unreachable;
  int keys;

  @BeforeEach
  void site() {
    clock = MutableClock.atVietnamTime("2026-11-23T08:00");
    DataSource db = QueueDatabase.open(dir.resolve("coordinator.db"));
    SqliteLeaseCoordinator.migrate(db);
    coordinator = new SqliteLeaseCoordinator(db, clock);
    SQLiteDataSource gone = new SQLiteDataSource();
    gone.setUrl("jdbc:sqlite:" + dir.resolve("unmounted-share").resolve("coordinator.db"));
    unreachable = new SqliteLeaseCoordinator(gone, clock);
  }

  final class Kiosk {
    final SqliteQueueStore store;
    final IssueTicket tickets;
    final KioskId id;

    Kiosk(String name) {
      id = KioskId.of(name);
      DataSource db = QueueDatabase.open(dir.resolve(name + ".db"));
      QueueMigrations.migrate(db);
      store = new SqliteQueueStore(db, Numbering.LEASED_BLOCKS);
      tickets = new IssueTicket(SITE, SETTINGS, store, clock);
    }

    BlockLeaser leaser(LeaseCoordinator via) {
      return new BlockLeaser(id, SITE, SETTINGS.catalogue(), store, via, 10, 3, clock);
    }

    Ticket issue() {
      return tickets.issue(TicketRequest.of(RequestKey.of(id + "-" + ++keys), NOI));
    }

    List<Integer> numbers() {
      return tickets.ticketsOn(DAY).stream().map(t -> t.number().value()).toList();
    }
  }

  @Test
  void twoKiosksOneOfflineNeverHandOutTheSameNumberAndEveryGapIsAReturnedLease() {
    Kiosk a = new Kiosk("k1");
    Kiosk b = new Kiosk("k2");
    assertThat(a.leaser(coordinator).topUp(NOI)).isEqualTo(10);
    assertThat(b.leaser(coordinator).topUp(NOI)).isEqualTo(10);

    // k2 loses the coordinator and issues from its block until it runs out.
    BlockLeaser offline = b.leaser(unreachable);
    for (int i = 0; i < 10; i++) {
      b.issue();
      if (i >= 7) {
        assertThatThrownBy(() -> offline.topUp(NOI))
            .isInstanceOf(CoordinatorUnavailableException.class);
      }
    }
    assertThatThrownBy(b::issue)
        .isInstanceOf(NumbersExhaustedException.class)
        .hasMessage(
            "no queue number left for NOI on 2026-11-23: this kiosk's leased blocks are used up");
    assertThat(b.numbers()).hasSize(10);

    // k1 stays online and tops up ahead of need.
    BlockLeaser online = a.leaser(coordinator);
    for (int i = 0; i < 25; i++) {
      a.issue();
      online.topUp(NOI);
    }

    List<Integer> all = new ArrayList<>(a.numbers());
    all.addAll(b.numbers());
    assertThat(all).hasSize(35).doesNotHaveDuplicates();
    assertThat(b.numbers()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20);

    // End of day: both give back what they did not use; the coordinator's leases now account for
    // every number: issued by exactly one kiosk, or given back.
    int givenBack = online.giveBackUnused(DAY) + b.leaser(coordinator).giveBackUnused(DAY);
    Set<Integer> returned = new HashSet<>();
    int highest = 0;
    for (SqliteLeaseCoordinator.Lease lease : coordinator.leases(SITE, NOI, DAY)) {
      highest = Math.max(highest, lease.last());
      lease
          .returnedFrom()
          .ifPresent(
              from -> {
                for (int n = from; n <= lease.last(); n++) {
                  returned.add(n);
                }
              });
    }
    assertThat(returned).hasSize(givenBack).doesNotContainAnyElementsOf(all);
    assertThat(all.size() + returned.size()).isEqualTo(highest);
    assertThatThrownBy(a::issue).isInstanceOf(NumbersExhaustedException.class);
  }

  @Test
  void numbersAreTakenLowestBlockFirstAndTheWholeTicketRollsBackWhenNoneIsLeft() {
    Kiosk a = new Kiosk("k1");
    assertThatThrownBy(a::issue).isInstanceOf(NumbersExhaustedException.class);
    assertThat(a.numbers()).isEmpty();

    BlockLeaser leaser = a.leaser(coordinator);
    assertThat(leaser.topUpAll())
        .hasSize(SETTINGS.catalogue().services().size())
        .containsEntry(NOI, 10)
        .allSatisfy((service, held) -> assertThat(held).isEqualTo(10));
    for (int i = 0; i < 8; i++) {
      a.issue();
    }
    assertThat(leaser.topUp(NOI)).isEqualTo(12); // 2 left < low water 3: next block leased
    for (int i = 0; i < 4; i++) {
      a.issue();
    }

    assertThat(a.numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void concurrentLeasesNeverOverlapAndLeaveNoHole() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<NumberBlock>>> results = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      KioskId kiosk = KioskId.of("k" + t);
      results.add(
          pool.submit(
              () -> {
                List<NumberBlock> mine = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                  mine.add(coordinator.lease(kiosk, SITE, NOI, DAY, 7, 9999));
                }
                return mine;
              }));
    }
    List<Integer> leased = new ArrayList<>();
    for (Future<List<NumberBlock>> result : results) {
      for (NumberBlock block : result.get(60, TimeUnit.SECONDS)) {
        for (int n = block.first(); n <= block.last(); n++) {
          leased.add(n);
        }
      }
    }
    pool.shutdown();

    assertThat(leased).hasSize(700).doesNotHaveDuplicates();
    assertThat(leased.stream().mapToInt(Integer::intValue).max().getAsInt()).isEqualTo(700);
  }

  @Test
  void theCoordinatorNeverLeasesBeyondTheDailyCapacity() {
    KioskId k = KioskId.of("k1");
    assertThat(coordinator.lease(k, SITE, NOI, DAY, 10, 25).last()).isEqualTo(10);
    assertThat(coordinator.lease(k, SITE, NOI, DAY, 10, 25).last()).isEqualTo(20);
    NumberBlock tail = coordinator.lease(k, SITE, NOI, DAY, 10, 25);

    assertThat(tail.first()).isEqualTo(21);
    assertThat(tail.last()).isEqualTo(25);
    assertThatThrownBy(() -> coordinator.lease(k, SITE, NOI, DAY, 10, 25))
        .isInstanceOf(NumbersExhaustedException.class)
        .hasMessage(
            "no queue number left for NOI on 2026-11-23: all 25 numbers of the day are leased");
    assertThat(coordinator.lease(k, SITE, NOI, DAY.plusDays(1), 10, 25).first()).isEqualTo(1);
  }

  @Test
  void aReturnTheCoordinatorMissedIsKeptAndSentLaterAndNoTicketUsesIt() {
    Kiosk a = new Kiosk("k1");
    a.leaser(coordinator).topUp(NOI);
    a.issue();
    a.issue();

    assertThatThrownBy(() -> a.leaser(unreachable).giveBackUnused(DAY))
        .isInstanceOf(CoordinatorUnavailableException.class);
    assertThatThrownBy(a::issue).isInstanceOf(NumbersExhaustedException.class);
    assertThat(coordinator.leases(SITE, NOI, DAY))
        .singleElement()
        .satisfies(lease -> assertThat(lease.returnedFrom()).isEmpty());

    assertThat(a.leaser(coordinator).giveBackUnused(DAY)).isEqualTo(8);
    assertThat(a.leaser(coordinator).giveBackUnused(DAY)).isZero();
    assertThat(coordinator.leases(SITE, NOI, DAY))
        .singleElement()
        .satisfies(lease -> assertThat(lease.returnedFrom()).hasValue(3));
  }

  @Test
  void aKioskCutOffFromHisAndCoordinatorIssuesProvisionalTicketsUntilItsBlockIsUsedUp()
      throws Exception {
    Kiosk a = new Kiosk("k1");
    a.leaser(coordinator).topUp(NOI);
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    vn.tiepdon.queue.his.RegisterVisit visits =
        new vn.tiepdon.queue.his.RegisterVisit(
            a.tickets,
            a.store,
            new vn.tiepdon.queue.fhir.FhirHospitalSystem(
                vn.tiepdon.queue.fhir.FhirSettings.of(
                    java.net.URI.create("http://127.0.0.1:" + closedPort + "/fhir")),
                clock),
            new vn.tiepdon.queue.his.RegistrationSealer(
                vn.tiepdon.queue.his.OutboxKey.random(new java.security.SecureRandom()),
                new java.security.SecureRandom()),
            clock);
    vn.tiepdon.citizenid.CitizenCard card =
        vn.tiepdon.citizenid.sample.MadeUpCitizens.all(DAY).get(0).card();
    vn.tiepdon.queue.his.PatientDetails patient =
        new vn.tiepdon.queue.his.PatientDetails(
            card.id(), card.fullName(), card.dateOfBirth(), card.sex());

    for (int i = 1; i <= 10; i++) {
      assertThat(
              visits
                  .register(TicketRequest.of(RequestKey.of("v-" + i), NOI), patient)
                  .provisional())
          .isTrue();
    }
    assertThatThrownBy(() -> visits.register(TicketRequest.of(RequestKey.of("v-11"), NOI), patient))
        .isInstanceOf(NumbersExhaustedException.class);

    assertThat(a.numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    int waiting = a.store.read(ledger -> ledger.waiting(100).size());
    assertThat(waiting).isEqualTo(10);
  }

  @Test
  void badLeaseArgumentsAreNamed() {
    KioskId k = KioskId.of("k1");
    assertThatThrownBy(() -> coordinator.giveBack("no-such-lease", 1))
        .hasMessage("no lease 'no-such-lease' at the coordinator");
    assertThatThrownBy(() -> coordinator.lease(k, SITE, NOI, DAY, 0, 25))
        .hasMessage("block size must be >= 1, was 0");
    Kiosk a = new Kiosk("k1");
    assertThatThrownBy(
            () ->
                new BlockLeaser(k, SITE, SETTINGS.catalogue(), a.store, coordinator, 10, 11, clock))
        .hasMessage("queue.lease.lowWater must be 1-10 (the block size), was 11");
  }
}
