package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.queue.fhir.FhirSettings;
import vn.tiepdon.queue.fhir.FhirTestServer;
import vn.tiepdon.queue.fhir.HisSettings;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.ServiceOption;

/**
 * The insurance check through the real composition root and queue's real FHIR adapter, against
 * queue's in-process HAPI FHIR server over HTTP: the CoverageEligibilityRequest carries the card's
 * CCCD number, the answer decides the clinic fees and the ticket's coverage, and a hospital system
 * that is down leaves the card to the counter. The demo catalogue: NOI costs 50.600 đ under
 * insurance, 150.000 đ self-paying.
 */
class HisInsuranceFhirTest {
  private static final String CCCD = "079185001234";
  private static final String QR =
      CCCD
          + "|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final FhirTestServer HIS = new FhirTestServer();

  @TempDir Path home;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeAll
  static void startHis() {
    HIS.start();
  }

  @AfterAll
  static void stopHis() {
    HIS.close();
  }

  @BeforeEach
  void recordLogs() {
    logs.start();
    root().addAppender(logs);
  }

  @AfterEach
  void noFullCitizenIdInTheLogs() {
    root().detachAppender(logs);
    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(line -> line.contains(CCCD));
    HIS.insurance.clear();
    HIS.eligibilityRequests.clear();
    HIS.start();
  }

  @Test
  void anInNetworkCardIsBilledAtTheInsurancePrice() throws Exception {
    HIS.insurance.put(CCCD, () -> FhirTestServer.covered(LocalDate.of(2026, 12, 31), true, "in"));

    FlowState.TicketShown ticket =
        checkIn(Coverage.until(Coverage.Status.VALID, LocalDate.of(2026, 12, 31)), 50_600);

    assertThat(ticket.ticket().provisional()).isFalse();
    CoverageEligibilityRequest asked = HIS.eligibilityRequests.peek();
    assertThat(asked.getPatient().getIdentifier().getValue()).isEqualTo(CCCD);
    assertThat(asked.getServicedDateType().getValueAsString()).isEqualTo("2026-11-23");
  }

  @Test
  void anOutOfNetworkCardIsStillBilledToInsurance() throws Exception {
    HIS.insurance.put(CCCD, () -> FhirTestServer.covered(LocalDate.of(2026, 12, 31), true, "out"));
    checkIn(Coverage.until(Coverage.Status.WRONG_ROUTE, LocalDate.of(2026, 12, 31)), 50_600);
  }

  @Test
  void anExpiredCardPaysTheServiceFee() throws Exception {
    HIS.insurance.put(CCCD, () -> FhirTestServer.covered(LocalDate.of(2026, 6, 30), false, null));
    checkIn(Coverage.until(Coverage.Status.EXPIRED, LocalDate.of(2026, 6, 30)), 150_000);
  }

  @Test
  void aCitizenWithoutACardPaysTheServiceFee() throws Exception {
    checkIn(Coverage.of(Coverage.Status.NOT_FOUND), 150_000);
    assertThat(HIS.eligibilityRequests).hasSize(1);
  }

  @Test
  void aHospitalSystemThatIsDownLeavesTheCardToTheCounter() throws Exception {
    HIS.insurance.put(CCCD, () -> FhirTestServer.covered(LocalDate.of(2026, 12, 31), true, "in"));
    HIS.stop();

    FlowState.TicketShown ticket = checkIn(Coverage.unchecked(), 150_000);

    assertThat(ticket.ticket().provisional()).isTrue();
  }

  private FlowState.TicketShown checkIn(Coverage expected, long fee) throws Exception {
    HisSettings his =
        new HisSettings(
            fhirAt(HIS.baseUrl().toString()),
            new HisSettings.Outbox(
                Base64.getEncoder().encodeToString(new byte[32]), null, null, null),
            null,
            null);
    try (KioskAssembly kiosk =
        KioskAssembly.start(
            QrOnlyDemoKiosk.config(home, null, his, null),
            home,
            CscaTrustStore.of(List.of()),
            CLOCK)) {
      CheckInFlow flow = kiosk.flow();
      flow.touch();
      flow.chooseLanguage(CheckInFlow.VIETNAMESE);
      flow.agree();
      flow.qrScanned(QR);

      FlowState.DeclarePriority greeting = (FlowState.DeclarePriority) flow.state();
      assertThat(greeting.patient().coverage()).contains(expected);
      flow.declare(DeclaredPriority.NONE);
      FlowState.ChooseService tiles = (FlowState.ChooseService) flow.state();
      assertThat(tiles.options())
          .filteredOn(ServiceOption::open)
          .isNotEmpty()
          .allSatisfy(o -> assertThat(o.feeDong()).isEqualTo(fee));
      flow.chooseService("NOI");
      flow.confirm();
      FlowState.TicketShown ticket = (FlowState.TicketShown) flow.state();
      assertThat(ticket.ticket().feeDong()).isEqualTo(fee);
      assertThat(ticket.ticket().coverage()).contains(expected);
      return ticket;
    }
  }

  private static FhirSettings fhirAt(String url) throws Exception {
    return new ConfigLoader()
        .read(
            new java.io.ByteArrayInputStream(
                ("baseUrl: " + url + "\nconnectTimeout: PT1S\nreadTimeout: PT2S\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "test",
            FhirSettings.class);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
