package vn.tiepdon.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.ui.flow.FlowState.ChooseService;
import vn.tiepdon.ui.flow.FlowState.DeclarePriority;
import vn.tiepdon.ui.flow.FlowState.TicketShown;

/**
 * The insurance (BHYT) step of the flow: asked once the patient is identified, shown on the
 * greeting, handed to the clinic (tiles and fee) and carried by the ticket; a hospital system that
 * is slow or failing never stops the patient.
 */
class InsuranceFlowTest {
  private static final PatientSummary PATIENT =
      new PatientSummary("Nguyễn Thị Ngọc Ánh", "079******234", LocalDate.of(1985, 3, 15));
  private static final String CARD = "card-of-079185001234";
  private static final LocalDate END_OF_YEAR = LocalDate.of(2026, 12, 31);

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final FeeByCoverageClinic clinic = new FeeByCoverageClinic();
  private final List<String> shown = new CopyOnWriteArrayList<>();
  private final List<Object> cardsAsked = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(
      value = Coverage.Status.class,
      names = {"VALID", "WRONG_ROUTE", "EXPIRED", "NOT_FOUND"})
  void eachAnswerOfTheHospitalSystemIsShownOnTheGreetingAndDecidesTheFee(Coverage.Status status) {
    Coverage answer =
        status == Coverage.Status.NOT_FOUND
            ? Coverage.of(status)
            : Coverage.until(status, END_OF_YEAR);
    CheckInFlow flow =
        flow(
            (patient, card) -> {
              cardsAsked.add(card);
              return answer;
            },
            Duration.ofSeconds(4));

    reachIdentified(flow);

    assertThat(shown).containsSubsequence("ScanQr", "CheckingInsurance", "DeclarePriority");
    assertThat(cardsAsked).containsExactly(CARD);
    DeclarePriority greeting = (DeclarePriority) flow.state();
    assertThat(greeting.patient().coverage()).contains(answer);
    assertThat(greeting.patient().fullName()).isEqualTo(PATIENT.fullName());

    flow.declare(DeclaredPriority.NONE);
    ChooseService tiles = (ChooseService) flow.state();
    long expectedFee = status.insured() ? 50_600 : 150_000;
    assertThat(tiles.options()).allSatisfy(o -> assertThat(o.feeDong()).isEqualTo(expectedFee));

    flow.chooseService("NOI");
    flow.confirm();
    TicketShown ticket = (TicketShown) flow.state();
    assertThat(ticket.ticket().coverage()).contains(answer);
    assertThat(ticket.ticket().feeDong()).isEqualTo(expectedFee);
  }

  @Test
  void aHospitalSystemThatDoesNotAnswerInTimeLeavesTheCardToTheCounter() throws Exception {
    CountDownLatch released = new CountDownLatch(1);
    CountDownLatch asked = new CountDownLatch(1);
    CheckInFlow flow =
        flow(
            (patient, card) -> {
              asked.countDown();
              try {
                released.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Coverage.until(Coverage.Status.VALID, END_OF_YEAR);
            },
            Duration.ofMillis(200));
    try {
      reachIdentified(flow);

      assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(((DeclarePriority) flow.state()).patient().coverage())
          .contains(Coverage.unchecked());
      flow.declare(DeclaredPriority.NONE);
      assertThat(((ChooseService) flow.state()).options())
          .allSatisfy(o -> assertThat(o.feeDong()).isEqualTo(150_000));
    } finally {
      released.countDown();
    }
    // The late answer changes nothing.
    assertThat(((ChooseService) flow.state()).patient().coverage()).contains(Coverage.unchecked());
  }

  @Test
  void aFailingHospitalSystemIsNotADeadEnd() {
    CheckInFlow flow =
        flow(
            (patient, card) -> {
              throw new IllegalStateException("HIS answered 500");
            },
            Duration.ofSeconds(4));
    reachIdentified(flow);
    assertThat(((DeclarePriority) flow.state()).patient().coverage())
        .contains(Coverage.unchecked());
    flow.declare(DeclaredPriority.NONE);
    assertThat(flow.state()).isInstanceOf(ChooseService.class);
  }

  @Test
  void anAdapterAnsweringNothingCountsAsUnchecked() {
    CheckInFlow flow = flow((patient, card) -> null, Duration.ofSeconds(4));
    reachIdentified(flow);
    assertThat(((DeclarePriority) flow.state()).patient().coverage())
        .contains(Coverage.unchecked());
  }

  @Test
  void aKioskWithoutInsuranceCheckGoesStraightToTheGreeting() {
    CheckInFlow flow =
        new CheckInFlow(
            FlowPorts.of(
                text -> new CardCheck.Accepted(PATIENT, CARD),
                clinic,
                ticket -> Optional.empty(),
                new NoEvents()),
            FlowRules.defaults(),
            clock);
    flow.subscribe(s -> shown.add(s.state().getClass().getSimpleName()));
    reachIdentified(flow);
    assertThat(shown).doesNotContain("CheckingInsurance");
    assertThat(((DeclarePriority) flow.state()).patient().coverage()).isEmpty();
  }

  @Test
  void theSessionEndsWithItsCoverage() {
    CheckInFlow flow =
        flow(
            (patient, card) -> Coverage.until(Coverage.Status.VALID, END_OF_YEAR),
            Duration.ofSeconds(4));
    reachIdentified(flow);
    flow.cancel();
    flow.touch();
    flow.chooseLanguage(CheckInFlow.VIETNAMESE);
    flow.agree();
    assertThat(flow.state()).isEqualTo(new FlowState.ScanQr());
    flow.back();
    flow.back();
    assertThat(flow.state()).isInstanceOf(FlowState.ChooseLanguage.class);
  }

  @Test
  void theWaitMustBePositive() {
    assertThatThrownBy(() -> new CoverageLookup((p, c) -> Coverage.unchecked(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> Coverage.until(null, END_OF_YEAR))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("status");
  }

  @Test
  void onlyValidAndWrongRouteAreBilledToInsurance() {
    assertThat(Coverage.of(Coverage.Status.VALID).insured()).isTrue();
    assertThat(Coverage.of(Coverage.Status.WRONG_ROUTE).insured()).isTrue();
    assertThat(Coverage.of(Coverage.Status.EXPIRED).insured()).isFalse();
    assertThat(Coverage.of(Coverage.Status.NOT_FOUND).insured()).isFalse();
    assertThat(Coverage.unchecked().insured()).isFalse();
  }

  private CheckInFlow flow(Insurance insurance, Duration timeout) {
    FlowPorts ports =
        FlowPorts.of(
                text -> new CardCheck.Accepted(PATIENT, CARD),
                clinic,
                ticket -> Optional.empty(),
                new NoEvents())
            .withInsurance(insurance, timeout);
    CheckInFlow flow = new CheckInFlow(ports, FlowRules.defaults(), clock);
    flow.subscribe(s -> shown.add(s.state().getClass().getSimpleName()));
    return flow;
  }

  private static void reachIdentified(CheckInFlow flow) {
    flow.touch();
    flow.chooseLanguage(CheckInFlow.VIETNAMESE);
    flow.agree();
    flow.qrScanned("any");
  }

  /** Prices as the demo catalogue's: the BHYT schedule price when insured, else the service fee. */
  private final class FeeByCoverageClinic implements Clinic {
    @Override
    public Optional<AutomaticPriority> automaticPriority(PatientSummary patient) {
      return Optional.empty();
    }

    @Override
    public List<ServiceOption> services(PatientSummary patient) {
      return List.of(
          new ServiceOption(
              "NOI",
              new Bilingual("Khám Nội", "Internal medicine"),
              new Bilingual("Phòng 105", "Room 105"),
              3,
              15,
              fee(patient),
              ServiceOption.Availability.OPEN));
    }

    @Override
    public IssuedTicket issue(
        String requestKey,
        String serviceCode,
        PatientSummary patient,
        Object card,
        Optional<AutomaticPriority> automatic,
        DeclaredPriority declared) {
      return new IssuedTicket(
          "t-1",
          "1001",
          serviceCode,
          new Bilingual("Khám Nội", "Internal medicine"),
          new Bilingual("Phòng 105", "Room 105"),
          3,
          15,
          false,
          false,
          clock.instant(),
          "https://example.invalid/q/1",
          fee(patient),
          patient.coverage());
    }

    @Override
    public PrintResult print(IssuedTicket ticket) {
      return PrintResult.PRINTED;
    }

    private long fee(PatientSummary patient) {
      return patient.coverage().map(Coverage::insured).orElse(false) ? 50_600 : 150_000;
    }
  }

  private static final class NoEvents implements FlowEvents {
    @Override
    public void ticketIssued(IssuedTicket ticket) {}

    @Override
    public void paymentRequested(IssuedTicket ticket, PaymentRequest payment) {}

    @Override
    public void staffCalled(String where) {}

    @Override
    public void printFailed(PrintResult result) {}
  }
}
