package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TicketCommandTest {
  private static final String MONDAY_9AM = "2026-11-23T09:00";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private JsonNode json() throws Exception {
    JsonNode node = JSON.readTree(out.toString());
    out.getBuffer().setLength(0);
    return node;
  }

  private String db() {
    return dir.resolve("kiosk.db").toString();
  }

  @Test
  void servicesPrintsTheDemoCatalogue() throws Exception {
    assertThat(run("ticket", "services")).isZero();

    JsonNode services = json();
    assertThat(services).hasSize(8);
    assertThat(services.get(0).get("code").asText()).isEqualTo("NOI");
    assertThat(services.get(0).get("name").asText()).isEqualTo("Khám Nội");
    assertThat(services.get(0).get("room").asText()).isEqualTo("Phòng 105 – Tầng 1 – Khu A");
    assertThat(services.get(2).get("name").asText()).isEqualTo("Nhi");
    assertThat(services.get(2).get("ageUnder").asInt()).isEqualTo(16);
  }

  @Test
  void issuePrintsTheTicketAndARepeatedKeyGivesItAgain() throws Exception {
    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--service",
                "NOI",
                "--request-key",
                "tap-1",
                "--dob",
                "1985-03-15",
                "--at",
                MONDAY_9AM))
        .isZero();
    JsonNode first = json();
    assertThat(run("ticket", "issue", "--db", db(), "--service", "NOI", "--at", MONDAY_9AM))
        .isZero();
    JsonNode second = json();
    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--service",
                "NOI",
                "--request-key",
                "tap-1",
                "--at",
                MONDAY_9AM))
        .isZero();
    JsonNode again = json();

    assertThat(first.get("service").asText()).isEqualTo("NOI");
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("priority").asText()).isEqualTo("NONE");
    assertThat(first.get("position").asInt()).isEqualTo(1);
    assertThat(first.get("etaMinutes").asInt()).isZero();
    assertThat(first.get("printStatus").asText()).isEqualTo("PENDING");
    assertThat(second.get("number").asInt()).isEqualTo(2);
    assertThat(second.get("etaMinutes").asInt()).isEqualTo(5);
    assertThat(again.get("ticket")).isEqualTo(first.get("ticket"));
    assertThat(again.get("number").asInt()).isEqualTo(1);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void priorityFromTheBirthDateAndFromADeclaredGroup() throws Exception {
    run("ticket", "issue", "--db", db(), "--service", "NOI", "--at", MONDAY_9AM);
    out.getBuffer().setLength(0);

    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--service",
                "NOI",
                "--dob",
                "1948-01-01",
                "--at",
                MONDAY_9AM))
        .isZero();
    JsonNode elderly = json();
    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--service",
                "SAN",
                "--priority",
                "PREGNANT",
                "--at",
                MONDAY_9AM))
        .isZero();
    JsonNode pregnant = json();

    assertThat(elderly.get("priority").asText()).isEqualTo("AGED_75");
    assertThat(elderly.get("priorityCheckAtCounter").asBoolean()).isFalse();
    assertThat(elderly.get("position").asInt()).isEqualTo(1);
    assertThat(pregnant.get("priority").asText()).isEqualTo("PREGNANT");
    assertThat(pregnant.get("priorityCheckAtCounter").asBoolean()).isTrue();
  }

  @Test
  void listShowsTheDaysTickets() throws Exception {
    run("ticket", "issue", "--db", db(), "--service", "NOI", "--at", MONDAY_9AM);
    run("ticket", "issue", "--db", db(), "--service", "MAT", "--at", MONDAY_9AM);
    out.getBuffer().setLength(0);

    assertThat(run("ticket", "list", "--db", db(), "--date", "2026-11-23")).isZero();
    JsonNode tickets = json();
    assertThat(run("ticket", "list", "--db", db(), "--date", "2026-11-24")).isZero();

    assertThat(tickets).hasSize(2);
    assertThat(tickets.get(1).get("service").asText()).isEqualTo("MAT");
    assertThat(json()).isEmpty();
  }

  @Test
  void aConfiguredCatalogueAndSiteAreUsed() throws Exception {
    Path config = dir.resolve("kiosk.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "site:",
            "  id: bv-hung-yen",
            "  name: {vi: Bệnh viện Hưng Yên, en: Hung Yen Hospital}",
            "queue:",
            "  defaultMinutesPerPatient: 7",
            "  followUrlTemplate: https://bv.example.vn/q/{ticket}",
            "  services:",
            "    - code: TIEM",
            "      nameVi: Tiêm chủng",
            "      nameEn: Vaccination",
            "      roomVi: Phòng 9",
            "      roomEn: Room 9",
            "      opens: \"07:30\"",
            "      closes: \"11:30\"",
            "      openDays: [MONDAY, TUESDAY]",
            "      dailyCapacity: 50",
            "      ages: {from: 0, under: 18}",
            "      insuranceFeeVnd: 0",
            "      serviceFeeVnd: 90000",
            ""));

    assertThat(run("ticket", "services", "--config", config.toString())).isZero();
    JsonNode services = json();
    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--config",
                config.toString(),
                "--service",
                "TIEM",
                "--at",
                MONDAY_9AM))
        .isZero();
    run(
        "ticket",
        "issue",
        "--db",
        db(),
        "--config",
        config.toString(),
        "--service",
        "TIEM",
        "--at",
        MONDAY_9AM);
    JsonNode ticket = JSON.readTree(out.toString().substring(out.toString().lastIndexOf("{\n")));

    assertThat(services).hasSize(1);
    assertThat(services.get(0).get("name").asText()).isEqualTo("Tiêm chủng");
    assertThat(ticket.get("etaMinutes").asInt()).isEqualTo(7);
    assertThat(ticket.get("followUrl").asText()).startsWith("https://bv.example.vn/q/");
    assertThat(run("ticket", "list", "--db", db(), "--date", "2026-11-23")).isZero();
    assertThat(out.toString()).endsWith("[ ]" + System.lineSeparator());
  }

  @Test
  void aBadConfigNamesTheKeyAndTheValue() throws Exception {
    Path config = dir.resolve("bad.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "queue:",
            "  defaultMinutesPerPatient: 5",
            "  followUrlTemplate: https://bv.example.vn/q/{ticket}",
            "  services:",
            "    - code: NOI",
            "      nameVi: Khám Nội",
            "      nameEn: Internal medicine",
            "      roomVi: Phòng 1",
            "      roomEn: Room 1",
            "      opens: \"07:00\"",
            "      closes: \"16:00\"",
            "      dailyCapacity: -3",
            "      insuranceFeeVnd: 0",
            "      serviceFeeVnd: 0",
            ""));

    assertThat(run("ticket", "services", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("queue.services[0].dailyCapacity")
        .contains("dailyCapacity must be between 1 and 9999, was -3");
  }

  @Test
  void badInputExitsWithTwoAndOneClearLine() {
    assertThat(run("ticket", "issue", "--db", db(), "--service", "XYZ")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "tiepdon: --service: unknown service 'XYZ'; known: NOI, NGOAI, NHI, SAN, TMH, RHM,"
                + " MAT, DALIEU"
                + System.lineSeparator());
    err.getBuffer().setLength(0);

    assertThat(run("ticket", "issue", "--db", db(), "--service", "NOI", "--dob", "15/03/1985"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--dob: not a date YYYY-MM-DD: '15/03/1985'");
    err.getBuffer().setLength(0);

    assertThat(run("ticket", "issue", "--db", db(), "--service", "NOI", "--priority", "VIP"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--priority: unknown priority group 'VIP'");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void refusalsSayWhyAndRecordNothing() throws Exception {
    assertThat(run("ticket", "issue", "--db", db(), "--service", "NOI", "--at", "2026-11-23T17:00"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no ticket: NOI is closed now (open 07:00-16:30");
    assertThat(
            run(
                "ticket",
                "issue",
                "--db",
                db(),
                "--service",
                "NOI",
                "--dob",
                "2015-01-01",
                "--at",
                MONDAY_9AM))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no ticket: NOI takes ages 16 and over");

    assertThat(run("ticket", "list", "--db", db(), "--date", "2026-11-23")).isZero();
    assertThat(json()).isEmpty();
  }

  @Test
  void ticketsShowTheirHisStateAndTheOutboxListsWaitingRegistrationsWithoutPersonalData()
      throws Exception {
    assertThat(run("ticket", "issue", "--db", db(), "--service", "NOI", "--at", MONDAY_9AM))
        .isZero();
    JsonNode local = json();
    assertThat(local.get("provisional").asBoolean()).isFalse();
    assertThat(local.get("hisState").asText()).isEqualTo("LOCAL_ONLY");
    assertThat(local.get("hisNumber").isNull()).isTrue();

    // A kiosk whose HIS is down issues a provisional ticket (real FHIR adapter, closed port).
    vn.tiepdon.citizenid.CitizenCard card =
        issueProvisional(
            vn.tiepdon.queue.his.OutboxKey.random(new java.security.SecureRandom()), closedPort());

    assertThat(run("ticket", "list", "--db", db(), "--date", "2026-11-23")).isZero();
    JsonNode tickets = json();
    assertThat(run("ticket", "outbox", "--db", db())).isZero();
    String outbox = out.toString();
    JsonNode waiting = json();

    assertThat(tickets).hasSize(2);
    assertThat(tickets.get(1).get("provisional").asBoolean()).isTrue();
    assertThat(tickets.get(1).get("hisState").asText()).isEqualTo("PROVISIONAL");
    assertThat(waiting).hasSize(1);
    assertThat(waiting.get(0).get("requestKey").asText()).isEqualTo("tap-offline");
    assertThat(waiting.get(0).get("ticket")).isEqualTo(tickets.get(1).get("ticket"));
    assertThat(outbox).doesNotContain(card.id().value()).doesNotContain(card.fullName());
    assertThat(run("ticket", "outbox", "--db", dir.resolve("none.db").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--db: file not found:");
  }

  @Test
  void sendTriesTheWaitingRegistrationsWithTheConfiguredHisAndKey() throws Exception {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    int port = closedPort();
    issueProvisional(vn.tiepdon.queue.his.OutboxKey.fromBase64(key), port);
    Path config = dir.resolve("kiosk.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "queue:",
            "  defaultMinutesPerPatient: 7",
            "  followUrlTemplate: https://bv.example.vn/q/{ticket}",
            "  services:",
            "    - {code: NOI, nameVi: Nội, nameEn: Internal, roomVi: P1, roomEn: R1,"
                + " opens: \"07:00\", closes: \"16:30\", openDays: [MONDAY], dailyCapacity: 50,"
                + " ages: {from: 0, under: 150}, insuranceFeeVnd: 0, serviceFeeVnd: 0}",
            "his:",
            "  fhir: {baseUrl: \"http://127.0.0.1:" + port + "/fhir\", connectTimeout: PT1S}",
            "  outbox: {keyBase64: \"" + key + "\"}",
            "  retention: P7D",
            ""));
    Path noHis = dir.resolve("no-his.yaml");
    Files.writeString(
        noHis, Files.readString(config).substring(0, Files.readString(config).indexOf("his:")));

    assertThat(
            run(
                "ticket",
                "send",
                "--db",
                db(),
                "--config",
                config.toString(),
                "--at",
                "2026-11-23T10:00"))
        .isZero();
    JsonNode report = json();
    assertThat(run("ticket", "send", "--db", db(), "--config", noHis.toString())).isEqualTo(2);

    // The HIS is still down: nothing is lost, the registration waits for the next round.
    assertThat(report.get("sent").asInt()).isZero();
    assertThat(report.get("waiting").asInt()).isEqualTo(1);
    assertThat(report.get("unreadable").asInt()).isZero();
    assertThat(report.get("purged").asInt()).isZero();
    assertThat(err.toString()).contains("no his.fhir section: nothing to send to");
    // Eight days on, past the 7-day retention, the registration is purged, not kept for ever.
    assertThat(
            run(
                "ticket",
                "send",
                "--db",
                db(),
                "--config",
                config.toString(),
                "--at",
                "2026-12-01T10:00"))
        .isZero();
    JsonNode later = json();
    assertThat(later.get("purged").asInt()).isEqualTo(1);
    assertThat(later.get("waiting").asInt()).isZero();
  }

  private static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Issues a ticket through a real FHIR adapter whose HIS port is closed: it is provisional. */
  private vn.tiepdon.citizenid.CitizenCard issueProvisional(
      vn.tiepdon.queue.his.OutboxKey key, int closedPort) {
    java.time.Clock clock =
        java.time.Clock.fixed(
            java.time.LocalDateTime.parse(MONDAY_9AM)
                .atZone(vn.tiepdon.queue.QueueDay.ZONE)
                .toInstant(),
            java.time.ZoneOffset.UTC);
    vn.tiepdon.queue.sqlite.SqliteQueueStore store =
        vn.tiepdon.queue.sqlite.SqliteQueueStore.open(dir.resolve("kiosk.db"));
    vn.tiepdon.citizenid.CitizenCard card =
        vn.tiepdon.citizenid.sample.MadeUpCitizens.all(java.time.LocalDate.of(2026, 11, 23))
            .get(0)
            .card();
    new vn.tiepdon.queue.his.RegisterVisit(
            new vn.tiepdon.queue.IssueTicket(
                vn.tiepdon.queue.SiteId.of("local"),
                vn.tiepdon.queue.DemoCatalogue.settings(),
                store,
                clock),
            store,
            new vn.tiepdon.queue.fhir.FhirHospitalSystem(
                vn.tiepdon.queue.fhir.FhirSettings.of(
                    java.net.URI.create("http://127.0.0.1:" + closedPort + "/fhir")),
                clock),
            new vn.tiepdon.queue.his.RegistrationSealer(key, new java.security.SecureRandom()),
            clock)
        .register(
            vn.tiepdon.queue.TicketRequest.of(
                vn.tiepdon.queue.RequestKey.of("tap-offline"),
                vn.tiepdon.queue.ServiceCode.of("NOI")),
            new vn.tiepdon.queue.his.PatientDetails(
                card.id(), card.fullName(), card.dateOfBirth(), card.sex()));
    return card;
  }
}
