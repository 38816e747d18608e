package vn.tiepdon.queue.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.DemoCatalogue;
import vn.tiepdon.queue.IssueTicket;
import vn.tiepdon.queue.MutableClock;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.TicketRefusedException;
import vn.tiepdon.queue.TicketRequest;
import vn.tiepdon.queue.his.HospitalSystem;
import vn.tiepdon.queue.his.LocalOnlyHospitalSystem;
import vn.tiepdon.queue.his.OutboxKey;
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.queue.his.ProvisionalSender;
import vn.tiepdon.queue.his.RegisterVisit;
import vn.tiepdon.queue.his.RegisteredTicket;
import vn.tiepdon.queue.his.RegistrationSealer;
import vn.tiepdon.queue.his.VisitRefusedException;
import vn.tiepdon.queue.his.VisitRequest;
import vn.tiepdon.queue.his.VisitState;
import vn.tiepdon.queue.sqlite.QueueDatabase;
import vn.tiepdon.queue.sqlite.QueueMigrations;
import vn.tiepdon.queue.sqlite.SqliteQueueStore;

/**
 * Registration with a real HIS (HAPI RestfulServer over HTTP) and a real SQLite kiosk database: the
 * HIS is stopped and started like a server that crashes and comes back.
 */
class ProvisionalRegistrationTest {
  static final FhirTestServer HIS = new FhirTestServer();
  static final SiteId SITE = SiteId.of("bv-test");
  static final ServiceCode NOI = ServiceCode.of("NOI");

  @TempDir Path dir;
  MutableClock clock;
  SqliteQueueStore store;
  IssueTicket tickets;
  OutboxKey key;
  FhirHospitalSystem his;
  int keys;

  @BeforeAll
  static void startHis() {
    HIS.start();
  }

  @AfterAll
  static void stopHis() {
    HIS.close();
  }

  @BeforeEach
  void kiosk() {
    HIS.start(); // a test may have left it stopped
    HIS.reset();
    clock = MutableClock.atVietnamTime("2026-11-23T08:00");
    DataSource db = QueueDatabase.open(dir.resolve("kiosk.db"));
    QueueMigrations.migrate(db);
    store = new SqliteQueueStore(db);
    tickets = new IssueTicket(SITE, DemoCatalogue.settings(), store, clock);
    key = OutboxKey.random(new SecureRandom());
    his =
        new FhirHospitalSystem(
            FhirSettings.of(HIS.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
            FhirTestServer.CONTEXT,
            clock);
  }

  RegisterVisit registration(HospitalSystem system) {
    return new RegisterVisit(tickets, store, system, sealer(key), clock);
  }

  ProvisionalSender sender(OutboxKey withKey) {
    return new ProvisionalSender(store, his, sealer(withKey), Duration.ofDays(7), clock);
  }

  static RegistrationSealer sealer(OutboxKey key) {
    return new RegistrationSealer(key, new SecureRandom());
  }

  TicketRequest request(ServiceCode service) {
    return TicketRequest.of(RequestKey.of("tap-" + ++keys), service)
        .withBirthDate(LocalDate.parse("1985-03-15"));
  }

  static PatientDetails patient(int index) {
    CitizenCard card = MadeUpCitizens.all(LocalDate.of(2026, 11, 23)).get(index).card();
    return new PatientDetails(card.id(), card.fullName(), card.dateOfBirth(), card.sex());
  }

  @Test
  void aReachableHisRegistersTheVisitAndItsNumberIsKeptWithTheTicket() {
    HIS.assignsNumbers = true;

    RegisteredTicket issued = registration(his).register(request(NOI), patient(0));

    assertThat(issued.provisional()).isFalse();
    assertThat(issued.visit().state()).isEqualTo(VisitState.REGISTERED);
    assertThat(issued.visit().hisNumber()).contains("1001");
    assertThat(issued.visit().encounter()).isPresent();
    assertThat(registration(his).visitOf(issued.ticket().id())).isEqualTo(issued.visit());
    assertThat(outbox()).isEmpty();
  }

  @Test
  void aRepeatedTapReturnsTheSameTicketWithoutAskingTheHisAgain() {
    TicketRequest tap = request(NOI);
    RegisteredTicket first = registration(his).register(tap, patient(0));
    RegisteredTicket again = registration(his).register(tap, patient(0));

    assertThat(again).isEqualTo(first);
    assertThat(HIS.encounterCreates).hasValue(1);
  }

  @Test
  void aClosedServiceIsRefusedBeforeTheHisIsAsked() {
    clock = MutableClock.atVietnamTime("2026-11-23T22:00");
    tickets = new IssueTicket(SITE, DemoCatalogue.settings(), store, clock);

    assertThatThrownBy(() -> registration(his).register(request(NOI), patient(0)))
        .isInstanceOf(TicketRefusedException.class);
    assertThat(HIS.encounterCreates).hasValue(0);
    assertThat(HIS.patients).isEmpty();
  }

  @Test
  void aRefusalByTheHisIssuesNoTicket() {
    HIS.failNext(1, () -> new UnprocessableEntityException("no such clinic"));

    assertThatThrownBy(() -> registration(his).register(request(NOI), patient(0)))
        .isInstanceOf(VisitRefusedException.class)
        .hasMessageContaining("HTTP 422");
    assertThat(tickets.ticketsOn(LocalDate.of(2026, 11, 23))).isEmpty();
  }

  @Test
  void localOnlyModeIssuesAnOrdinaryTicketAndSendsNothing() {
    RegisteredTicket issued =
        registration(new LocalOnlyHospitalSystem()).register(request(NOI), patient(0));

    assertThat(issued.visit().state()).isEqualTo(VisitState.LOCAL_ONLY);
    assertThat(issued.provisional()).isFalse();
    assertThat(outbox()).isEmpty();
    assertThat(HIS.patients).isEmpty();
  }

  @Test
  void hisDownThenBackEachVisitArrivesOnceInTheOrderPatientsCame() throws IOException {
    HIS.stop();
    List<RegisteredTicket> provisional = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      provisional.add(registration(his).register(request(NOI), patient(i)));
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(provisional).allSatisfy(t -> assertThat(t.provisional()).isTrue());
    assertThat(provisional).extracting(t -> t.ticket().number().value()).containsExactly(1, 2, 3);
    assertThat(sender(key).sendDue().waiting()).isEqualTo(3); // still down: nothing lost
    // Sending stops at the first unreachable answer: the later ones were not even tried.
    assertThat(outbox()).extracting(row -> row.attempts()).containsExactly(1, 0, 0);

    HIS.start();
    HIS.assignsNumbers = true;
    ProvisionalSender.Report report = sender(key).sendDue();
    ProvisionalSender.Report again = sender(key).sendDue();

    assertThat(report).isEqualTo(new ProvisionalSender.Report(3, 0, 0, 0, 0));
    assertThat(again).isEqualTo(new ProvisionalSender.Report(0, 0, 0, 0, 0));
    assertThat(HIS.encounterCreates).hasValue(3);
    List<Encounter> arrived =
        HIS.encounters.values().stream()
            .sorted(Comparator.comparing(e -> e.getIdentifier().get(1).getValue()))
            .toList();
    assertThat(arrived)
        .extracting(e -> e.getIdentifierFirstRep().getValue())
        .containsExactly("bv-test/tap-1", "bv-test/tap-2", "bv-test/tap-3");
    assertThat(arrived)
        .extracting(e -> e.getPeriod().getStart().toInstant())
        .isSorted()
        .containsExactlyElementsOf(provisional.stream().map(t -> t.ticket().issuedAt()).toList());
    for (RegisteredTicket t : provisional) {
      assertThat(registration(his).visitOf(t.ticket().id()).state())
          .isEqualTo(VisitState.REGISTERED);
    }
    assertThat(HIS.patients).hasSize(3);
  }

  @Test
  void aVisitTheHisTookButNeverAnsweredIsNotCreatedTwice() {
    HIS.stop();
    TicketRequest tap = request(NOI);
    RegisteredTicket issued = registration(his).register(tap, patient(0));
    HIS.start();
    // The HIS got the registration, but the kiosk never heard back (e.g. the answer timed out).
    his.register(new VisitRequest(tap.key(), SITE, NOI, patient(0), issued.ticket().issuedAt()));

    ProvisionalSender.Report report = sender(key).sendDue();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(HIS.encounterCreates).hasValue(1);
  }

  @Test
  void theWaitingRegistrationIsOnlyCiphertextOnDisk() throws IOException {
    HIS.stop();
    PatientDetails patient = patient(0);
    registration(his).register(request(NOI), patient);

    byte[] onDisk = databaseFiles();
    String asText = new String(onDisk, StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain(patient.citizenId().value());
    assertThat(new String(onDisk, StandardCharsets.UTF_8)).doesNotContain(patient.fullName());
    assertThat(asText).doesNotContain(patient.birthDate().toString());
    assertThat(outbox())
        .singleElement()
        .satisfies(row -> assertThat(row.keyId()).isEqualTo(key.id()));
  }

  @Test
  void anUndeliverableRegistrationIsPurgedAfterTheRetentionAndItsTicketMarkedExpired() {
    HIS.stop();
    RegisteredTicket issued = registration(his).register(request(NOI), patient(0));
    clock.advance(Duration.ofDays(6));
    assertThat(sender(key).sendDue().purged()).isZero();

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    ProvisionalSender.Report report = sender(key).sendDue();

    assertThat(report.purged()).isEqualTo(1);
    assertThat(report.waiting()).isZero();
    assertThat(registration(his).visitOf(issued.ticket().id()).state())
        .isEqualTo(VisitState.EXPIRED);
  }

  @Test
  void aRegistrationTheHisRefusesLaterIsDroppedAndItsTicketMarkedForTheCounter() {
    HIS.stop();
    RegisteredTicket issued = registration(his).register(request(NOI), patient(0));
    HIS.start();
    HIS.failNext(10, () -> new UnprocessableEntityException("patient blocked"));

    ProvisionalSender.Report report = sender(key).sendDue();

    assertThat(report.refused()).isEqualTo(1);
    assertThat(report.waiting()).isZero();
    assertThat(registration(his).visitOf(issued.ticket().id()).state())
        .isEqualTo(VisitState.REFUSED);
    assertThat(registration(his).visitOf(issued.ticket().id()).provisional()).isTrue();
  }

  @Test
  void aRowSealedWithAnotherKeyIsKeptAndReportedNotSent() {
    HIS.stop();
    registration(his).register(request(NOI), patient(0));
    HIS.start();

    ProvisionalSender.Report report = sender(OutboxKey.random(new SecureRandom())).sendDue();

    assertThat(report).isEqualTo(new ProvisionalSender.Report(0, 0, 1, 0, 1));
    assertThat(HIS.encounterCreates).hasValue(0);
    assertThat(sender(key).sendDue().sent()).isEqualTo(1);
  }

  private List<vn.tiepdon.queue.his.SealedRegistration> outbox() {
    return store.read(ledger -> ledger.waiting(10));
  }

  private byte[] databaseFiles() throws IOException {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        all.write(Files.readAllBytes(file));
      }
    }
    return all.toByteArray();
  }
}
