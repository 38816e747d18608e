package vn.tiepdon.queue.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.his.EncounterRef;
import vn.tiepdon.queue.his.InsuranceCheck;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.queue.his.Registration;
import vn.tiepdon.queue.his.VisitRequest;

/** The FHIR adapter against HAPI's RestfulServer over real HTTP (one server for the class). */
class FhirHospitalSystemTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
  static final FhirTestServer HIS = new FhirTestServer();
  static FhirHospitalSystem adapter;

  @BeforeAll
  static void startHis() {
    HIS.start();
    adapter =
        new FhirHospitalSystem(
            FhirSettings.of(HIS.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
            FhirTestServer.CONTEXT,
            CLOCK);
  }

  @AfterAll
  static void stopHis() {
    HIS.close();
  }

  @BeforeEach
  void emptyHis() {
    HIS.reset();
  }

  static PatientDetails patient(int index) {
    CitizenCard card = MadeUpCitizens.all(TODAY).get(index).card();
    return new PatientDetails(card.id(), card.fullName(), card.dateOfBirth(), card.sex());
  }

  static VisitRequest visit(String key, int patient, String service) {
    return new VisitRequest(
        RequestKey.of(key),
        SiteId.of("bv-test"),
        ServiceCode.of(service),
        patient(patient),
        CLOCK.instant());
  }

  @Test
  void createsPatientAndAnArrivedAmbulatoryEncounterForTheService() {
    Registration answer = adapter.register(visit("k1", 0, "NOI"));

    assertThat(answer).isInstanceOf(Registration.Registered.class);
    Registration.Registered registered = (Registration.Registered) answer;
    assertThat(registered.hisNumber()).isEmpty();
    assertThat(HIS.patients).hasSize(1);
    Patient patient = HIS.patients.values().iterator().next();
    PatientDetails details = patient(0);
    assertThat(patient.getIdentifierFirstRep().getSystem())
        .isEqualTo(FhirSettings.CITIZEN_ID_SYSTEM);
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(details.citizenId().value());
    assertThat(patient.getNameFirstRep().getText()).isEqualTo(details.fullName());
    assertThat(patient.getBirthDateElement().getValueAsString())
        .isEqualTo(details.birthDate().toString());

    Encounter encounter =
        HIS.encounters.get(registered.encounter().value().substring("Encounter/".length()));
    assertThat(encounter.getStatus()).isEqualTo(Encounter.EncounterStatus.ARRIVED);
    assertThat(encounter.getClass_().getCode()).isEqualTo("AMB");
    assertThat(encounter.getServiceType().getCodingFirstRep().getCode()).isEqualTo("NOI");
    assertThat(encounter.getServiceType().getCodingFirstRep().getSystem())
        .isEqualTo(FhirSettings.SERVICE_TYPE_SYSTEM);
    assertThat(encounter.getSubject().getReferenceElement().getIdPart())
        .isEqualTo(patient.getIdElement().getIdPart());
    assertThat(encounter.getPeriod().getStart().toInstant()).isEqualTo(CLOCK.instant());
    assertThat(encounter.getIdentifier())
        .anySatisfy(
            i -> {
              assertThat(i.getSystem()).isEqualTo(FhirSettings.VISIT_KEY_SYSTEM);
              assertThat(i.getValue()).isEqualTo("bv-test/k1");
            });
  }

  @Test
  void aKnownPatientIsReusedAndTheHisQueueNumberIsReadBack() {
    HIS.assignsNumbers = true;
    Registration first = adapter.register(visit("k1", 1, "NOI"));
    Registration second = adapter.register(visit("k2", 1, "MAT"));

    assertThat(HIS.patients).hasSize(1);
    assertThat(HIS.encounters).hasSize(2);
    assertThat(((Registration.Registered) first).hisNumber()).contains("1001");
    assertThat(((Registration.Registered) second).hisNumber()).contains("1002");
  }

  @Test
  void aRetriedRequestKeyFindsItsEncounterInsteadOfCreatingAnother() {
    HIS.assignsNumbers = true;
    Registration first = adapter.register(visit("retry-1", 2, "NOI"));
    Registration again = adapter.register(visit("retry-1", 2, "NOI"));

    assertThat(again).isEqualTo(first);
    assertThat(HIS.encounterCreates).hasValue(1);
  }

  @Test
  void plannedEncountersWhenConfigured() {
    FhirSettings defaults = FhirSettings.of(HIS.baseUrl());
    FhirSettings planned =
        new FhirSettings(
            defaults.baseUrl(),
            defaults.connectTimeout(),
            defaults.readTimeout(),
            "planned",
            defaults.citizenIdSystem(),
            defaults.visitKeySystem(),
            defaults.queueNumberSystem(),
            defaults.serviceTypeSystem(),
            defaults.eligibilityOperation());
    Registration.Registered answer =
        (Registration.Registered)
            new FhirHospitalSystem(planned, FhirTestServer.CONTEXT, CLOCK)
                .register(visit("k-planned", 0, "NOI"));

    assertThat(encounterOf(answer.encounter()).getStatus())
        .isEqualTo(Encounter.EncounterStatus.PLANNED);
  }

  @Test
  void anHisThatIsDownIsUnreachableNamingTheServerButNoPersonalData() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    FhirHospitalSystem nowhere =
        new FhirHospitalSystem(
            FhirSettings.of(URI.create("http://127.0.0.1:" + closedPort + "/fhir")),
            FhirTestServer.CONTEXT,
            CLOCK);

    Registration answer = nowhere.register(visit("k1", 0, "NOI"));

    assertThat(answer).isInstanceOf(Registration.Unreachable.class);
    String why = ((Registration.Unreachable) answer).why();
    assertThat(why).contains("127.0.0.1:" + closedPort);
    assertThat(why).doesNotContain(patient(0).citizenId().value());
  }

  @Test
  void anHisThatHangsIsUnreachableAfterTheReadTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = acceptAndAnswer(silent, null);
      FhirHospitalSystem hanging =
          new FhirHospitalSystem(
              FhirSettings.of(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/fhir"))
                  .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)),
              FhirTestServer.CONTEXT,
              CLOCK);

      Registration answer = hanging.register(visit("k1", 0, "NOI"));
      InsuranceCheck insurance = hanging.checkInsurance(patient(0), TODAY);

      assertThat(answer).isInstanceOf(Registration.Unreachable.class);
      assertThat(((Registration.Unreachable) answer).why()).contains("SocketTimeoutException");
      assertThat(insurance.status()).isEqualTo(InsuranceStatus.UNAVAILABLE);
      acceptor.interrupt();
    }
  }

  @Test
  void aGarbledAnswerIsTreatedAsAnHisThatIsNotReallyUp() throws Exception {
    String html =
        "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\nContent-Length: 17\r\n"
            + "Connection: close\r\n\r\n<html>oops</html>";
    try (ServerSocket proxy = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor = acceptAndAnswer(proxy, html);
      FhirHospitalSystem garbled =
          new FhirHospitalSystem(
              FhirSettings.of(URI.create("http://127.0.0.1:" + proxy.getLocalPort() + "/fhir")),
              FhirTestServer.CONTEXT,
              CLOCK);

      Registration answer = garbled.register(visit("k1", 0, "NOI"));

      assertThat(answer).isInstanceOf(Registration.Unreachable.class);
      assertThat(((Registration.Unreachable) answer).why())
          .startsWith("unexpected answer from HIS 127.0.0.1:" + proxy.getLocalPort())
          .doesNotContain(patient(0).citizenId().value());
      acceptor.interrupt();
    }
  }

  /** Accepts connections; answers each with {@code response}, or never when it is null. */
  private static Thread acceptAndAnswer(ServerSocket server, String response) {
    Thread thread =
        new Thread(
            () -> {
              List<java.net.Socket> open = new java.util.ArrayList<>();
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  java.net.Socket socket = server.accept();
                  open.add(socket);
                  if (response != null) {
                    socket.getInputStream().read(new byte[8192]);
                    socket
                        .getOutputStream()
                        .write(response.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    socket.close();
                  }
                }
              } catch (java.io.IOException e) {
                // the server socket was closed: the test is over
              } finally {
                for (java.net.Socket socket : open) {
                  try {
                    socket.close();
                  } catch (java.io.IOException ignored) {
                    // closing anyway
                  }
                }
              }
            },
            "fake-his");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Test
  void serverErrorsAreUnreachableAndInvalidRequestsAreRefused() {
    HIS.failNext(1, () -> new InternalErrorException("database down"));
    Registration down = adapter.register(visit("k1", 0, "NOI"));
    HIS.failNext(1, () -> new UnprocessableEntityException("service not offered"));
    Registration refused = adapter.register(visit("k2", 0, "NOI"));

    assertThat(down)
        .isEqualTo(new Registration.Unreachable("HIS " + server() + " answered HTTP 500"));
    assertThat(refused)
        .isEqualTo(new Registration.Refused("HIS " + server() + " answered HTTP 422"));
    assertThat(HIS.encounters).isEmpty();
  }

  @Test
  void twoPatientsWithOneCccdNumberAreRefusedForStaffToMerge() {
    adapter.register(visit("k1", 0, "NOI"));
    Patient copy = HIS.patients.values().iterator().next().copy();
    copy.setId("p-duplicate");
    HIS.patients.put("p-duplicate", copy);

    Registration answer = adapter.register(visit("k2", 0, "NOI"));

    assertThat(answer)
        .isEqualTo(new Registration.Refused("the HIS has 2 patients with this CCCD number"));
  }

  @Test
  void insuranceInForceAndInNetworkIsValidUntilItsEnd() {
    PatientDetails p = patient(0);
    HIS.insurance.put(
        p.citizenId().value(),
        () -> FhirTestServer.covered(LocalDate.of(2026, 12, 31), true, "in"));

    InsuranceCheck check = adapter.checkInsurance(p, TODAY);

    assertThat(check)
        .isEqualTo(InsuranceCheck.until(InsuranceStatus.VALID, LocalDate.of(2026, 12, 31)));
    assertThat(HIS.eligibilityRequests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getPatient().getIdentifier().getSystem())
                  .isEqualTo(FhirSettings.CITIZEN_ID_SYSTEM);
              assertThat(r.getPurpose().get(0).getValue())
                  .isEqualTo(
                      org.hl7.fhir.r4.model.CoverageEligibilityRequest.EligibilityRequestPurpose
                          .VALIDATION);
              assertThat(r.getServicedDateType().getValueAsString()).isEqualTo("2026-11-23");
            });
  }

  @Test
  void insuranceOutcomesMapToTheFiveStatuses() {
    PatientDetails expired = patient(1);
    PatientDetails outOfNetwork = patient(2);
    PatientDetails endedYesterday = patient(3);
    HIS.insurance.put(
        expired.citizenId().value(),
        () -> FhirTestServer.covered(LocalDate.of(2026, 6, 30), false, null));
    HIS.insurance.put(
        outOfNetwork.citizenId().value(),
        () -> FhirTestServer.covered(LocalDate.of(2027, 3, 1), true, "out"));
    HIS.insurance.put(
        endedYesterday.citizenId().value(),
        () -> FhirTestServer.covered(TODAY.minusDays(1), true, "in"));

    assertThat(adapter.checkInsurance(expired, TODAY))
        .isEqualTo(InsuranceCheck.until(InsuranceStatus.EXPIRED, LocalDate.of(2026, 6, 30)));
    assertThat(adapter.checkInsurance(outOfNetwork, TODAY).status())
        .isEqualTo(InsuranceStatus.WRONG_ROUTE);
    assertThat(adapter.checkInsurance(endedYesterday, TODAY).status())
        .isEqualTo(InsuranceStatus.EXPIRED);
    assertThat(adapter.checkInsurance(patient(4), TODAY).status())
        .isEqualTo(InsuranceStatus.NOT_FOUND);

    HIS.failNext(1, () -> new InternalErrorException("portal timeout"));
    assertThat(adapter.checkInsurance(expired, TODAY).status())
        .isEqualTo(InsuranceStatus.UNAVAILABLE);
    HIS.insurance.put(expired.citizenId().value(), () -> FhirTestServer.error("portal-down"));
    assertThat(adapter.checkInsurance(expired, TODAY).status())
        .isEqualTo(InsuranceStatus.UNAVAILABLE);
  }

  @Test
  void settingsNameTheKeyAndValueThatAreWrong() {
    assertThatThrownBy(() -> FhirSettings.of(URI.create("ftp://his/fhir")))
        .hasMessage("baseUrl must be an http(s) URL with a host, was 'ftp://his/fhir'");
    assertThatThrownBy(
            () -> FhirSettings.of(HIS.baseUrl()).withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .hasMessage("connectTimeout must be between PT0.001S and PT1M, was PT0S");
    assertThatThrownBy(
            () ->
                FhirSettings.of(HIS.baseUrl())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(5)))
        .hasMessage("readTimeout must be between PT0.001S and PT1M, was PT5M");
  }

  private static String server() {
    return HIS.baseUrl().getHost() + ":" + HIS.baseUrl().getPort();
  }

  private static Encounter encounterOf(EncounterRef ref) {
    return HIS.encounters.get(ref.value().substring("Encounter/".length()));
  }

  static List<MadeUpCitizen> citizens() {
    return MadeUpCitizens.all(TODAY);
  }
}
