package vn.tiepdon.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.flow.FlowState.Attract;
import vn.tiepdon.ui.flow.FlowState.ChooseService;
import vn.tiepdon.ui.flow.FlowState.Failure;
import vn.tiepdon.ui.flow.FlowState.Goodbye;
import vn.tiepdon.ui.flow.FlowState.Paid;
import vn.tiepdon.ui.flow.FlowState.Payment;
import vn.tiepdon.ui.flow.FlowState.StaffCalled;
import vn.tiepdon.ui.flow.FlowState.TicketShown;

/**
 * The state machine alone, with its ports answered by small in-memory hospital systems. The real
 * adapters are exercised end to end by the JavaFX flow test.
 */
class CheckInFlowTest {
  private static final String GOOD_QR = "good";
  private static final PatientSummary PATIENT =
      new PatientSummary("Nguyễn Thị Ngọc Ánh", "079******234", LocalDate.of(1985, 3, 15));

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final InMemoryClinic clinic = new InMemoryClinic();
  private final List<String> events = new ArrayList<>();
  private long fee = 150_000;

  private final CheckInFlow flow =
      new CheckInFlow(
          text ->
              text.equals(GOOD_QR)
                  ? new CardCheck.Accepted(PATIENT, "card-of-" + text)
                  : new CardCheck.Rejected(FailureKind.NOT_A_CCCD_QR),
          clinic,
          ticket ->
              fee == 0
                  ? Optional.empty()
                  : Optional.of(
                      new PaymentRequest(
                          "TD7K3M9Q", fee, "000201...", clock.instant().plusSeconds(900))),
          new RecordingEvents(),
          FlowRules.defaults(),
          clock);

  @Test
  void walksFromTheAttractScreenToAPaidTicketAndBack() {
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();

    TicketShown shown = (TicketShown) flow.state();
    assertThat(shown.ticket().number()).isEqualTo("1001");
    assertThat(shown.print()).isEqualTo(PrintResult.PRINTED);
    assertThat(shown.paymentFollows()).isTrue();

    flow.next();
    assertThat(flow.state()).isInstanceOf(Payment.class);
    flow.paymentReceived("SOMEONE-ELSE");
    assertThat(flow.state()).isInstanceOf(Payment.class);
    flow.paymentReceived("TD7K3M9Q");
    assertThat(flow.state()).isEqualTo(new Paid(150_000));

    flow.next();
    assertThat(flow.state()).isInstanceOf(Goodbye.class);
    clock.advance(Duration.ofSeconds(8));
    flow.tick();
    assertThat(flow.state()).isInstanceOf(Attract.class);
    assertThat(events).containsExactly("ticket 1001", "payment TD7K3M9Q");
  }

  @Test
  void readsTheChipAfterTheQrAndNamesThePatientAsTheChipStatesIt() {
    PatientSummary fromChip =
        new PatientSummary("Nguyễn Thị Ngọc Ánh", "079******234", LocalDate.of(1985, 3, 15));
    CheckInFlow withChip = flowWithChip((qr, onReader) -> new ChipCheck.Verified(fromChip));
    reachScan(withChip);
    withChip.qrScanned(GOOD_QR);
    assertThat(withChip.state()).isEqualTo(new FlowState.ReadChip(0));

    withChip.chipCardPresented("chip");
    assertThat(withChip.state())
        .isEqualTo(new FlowState.DeclarePriority(fromChip, Optional.empty()));
  }

  @Test
  void anUnreadableChipCanBeTriedAgainButAForgedOneGoesToStaff() {
    List<ChipCheck.Result> answers =
        new ArrayList<>(List.of(new ChipCheck.Unreadable(), new ChipCheck.NotGenuine()));
    CheckInFlow withChip = flowWithChip((qr, onReader) -> answers.remove(0));
    reachScan(withChip);
    withChip.qrScanned(GOOD_QR);

    withChip.chipCardPresented("chip");
    assertThat(withChip.state()).isEqualTo(new Failure(FailureKind.CHIP_UNREADABLE, 2));
    withChip.next();
    assertThat(withChip.state()).isEqualTo(new FlowState.ReadChip(0));

    withChip.chipCardPresented("chip");
    assertThat(withChip.state()).isEqualTo(new Failure(FailureKind.CHIP_NOT_GENUINE, 0));
    withChip.next();
    assertThat(withChip.state()).isInstanceOf(StaffCalled.class);
  }

  @Test
  void aCardOnTheReaderCountsOnlyWhileTheKioskAsksForIt() {
    CheckInFlow withChip = flowWithChip((qr, onReader) -> new ChipCheck.Verified(PATIENT));
    withChip.chipCardPresented("chip");
    assertThat(withChip.state()).isInstanceOf(Attract.class);
  }

  private CheckInFlow flowWithChip(ChipCheck chips) {
    return new CheckInFlow(
        text -> new CardCheck.Accepted(PATIENT, "card"),
        Optional.of(chips),
        clinic,
        ticket -> Optional.empty(),
        new RecordingEvents(),
        FlowRules.defaults(),
        clock);
  }

  @Test
  void goesStraightToGoodbyeWhenNoFeeIsDue() {
    fee = 0;
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();
    assertThat(((TicketShown) flow.state()).paymentFollows()).isFalse();
    flow.next();
    assertThat(flow.state()).isInstanceOf(Goodbye.class);
  }

  @Test
  void warnsBeforeTheIdleTimeoutAndThenWipesTheSession() {
    reachServices();

    clock.advance(Duration.ofSeconds(34));
    flow.tick();
    assertThat(flow.snapshot().idleSecondsLeft()).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    flow.tick();
    assertThat(flow.snapshot().idleSecondsLeft()).hasValue(10);

    flow.stillHere();
    assertThat(flow.snapshot().idleSecondsLeft()).isEmpty();

    clock.advance(Duration.ofSeconds(45));
    flow.tick();
    assertThat(flow.state()).isInstanceOf(Attract.class);
    assertThat(flow.snapshot().locale()).isEqualTo(CheckInFlow.VIETNAMESE);
  }

  @Test
  void countsFailedScansAndSendsThePatientToStaffAfterTheLastTry() {
    reachScan();
    flow.qrScanned("a shop's QR code");
    assertThat(flow.state()).isEqualTo(new Failure(FailureKind.NOT_A_CCCD_QR, 2));
    flow.qrScanned("again");
    assertThat(flow.state()).isEqualTo(new Failure(FailureKind.NOT_A_CCCD_QR, 1));
    flow.next();
    flow.qrScanned("and again");
    assertThat(flow.state()).isEqualTo(new Failure(FailureKind.NOT_A_CCCD_QR, 0));

    flow.next();
    assertThat(flow.state()).isInstanceOf(StaffCalled.class);
    assertThat(events).containsExactly("staff Failure");
  }

  @Test
  void aScanOutsideTheScanScreenIsIgnored() {
    flow.qrScanned(GOOD_QR);
    assertThat(flow.state()).isInstanceOf(Attract.class);
  }

  @Test
  void aDoubleTapOnConfirmIssuesOneTicket() {
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();
    flow.confirm();
    assertThat(clinic.issued).hasSize(1);
  }

  @Test
  void aFullClinicHasItsOwnFailureAndLeadsBackToTheChoice() {
    reachServices();
    flow.chooseService("NHI");
    assertThat(flow.state()).isEqualTo(new Failure(FailureKind.SERVICE_FULL, 2));
    flow.next();
    assertThat(flow.state()).isInstanceOf(ChooseService.class);
  }

  @Test
  void aPrinterOutOfPaperStillGivesTheTicketOnScreen() {
    clinic.print = PrintResult.PAPER_OUT;
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();
    assertThat(((TicketShown) flow.state()).print()).isEqualTo(PrintResult.PAPER_OUT);
    assertThat(events).contains("print PAPER_OUT");
  }

  @Test
  void aHospitalSystemErrorSendsThePatientToStaff() {
    clinic.failing = true;
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();
    assertThat(flow.state()).isEqualTo(new Failure(FailureKind.REGISTRATION_FAILED, 0));
  }

  @Test
  void anExpiredPaymentCodeEndsAtGoodbyeSoThePatientPaysAtTheCashier() {
    reachServices();
    flow.chooseService("NOI");
    flow.confirm();
    flow.next();
    for (int i = 0; i < 30; i++) {
      clock.advance(Duration.ofSeconds(30));
      flow.stillHere();
      flow.tick();
    }
    assertThat(flow.state()).isInstanceOf(Goodbye.class);
  }

  @Test
  void goingBackFromThePriorityQuestionForgetsThePatient() {
    reachScan();
    flow.qrScanned(GOOD_QR);
    flow.back();
    assertThat(flow.state()).isInstanceOf(FlowState.ScanQr.class);
    assertThat(flow.snapshot().state().personal()).isFalse();
  }

  @Test
  void cancelFromAnyScreenReturnsToAttract() {
    reachServices();
    flow.cancel();
    assertThat(flow.state()).isInstanceOf(Attract.class);
  }

  @Test
  void aFaceThatDoesNotMatchCanBeTriedAgainThenGoesToStaff() {
    List<FaceCheck.Result> answers =
        new ArrayList<>(
            List.of(
                new FaceCheck.NoMatch(), new FaceCheck.LivenessFailed(), new FaceCheck.NoMatch()));
    CheckInFlow withFace =
        flowWithFace(
            (chipFace, progress) -> {
              assertThat(chipFace).isEqualTo("chip-photo");
              progress.accept(new FaceCheck.FaceProgress("face.blink", 1, 2));
              return answers.remove(0);
            });
    reachScan(withFace);
    withFace.qrScanned(GOOD_QR);
    withFace.chipCardPresented("chip");
    assertThat(withFace.state()).isEqualTo(FlowState.VerifyFace.starting());

    withFace.verifyFace();
    assertThat(withFace.state()).isEqualTo(new Failure(FailureKind.FACE_NO_MATCH, 2));
    assertThat(spoken).contains("face.blink", "failure.FACE_NO_MATCH");
    withFace.next();
    withFace.verifyFace();
    assertThat(withFace.state()).isEqualTo(new Failure(FailureKind.LIVENESS_FAILED, 2));
    withFace.next();
    withFace.verifyFace();
    assertThat(withFace.state()).isEqualTo(new Failure(FailureKind.FACE_NO_MATCH, 1));
    withFace.cancel();
    assertThat(withFace.state()).isInstanceOf(Attract.class);
  }

  @Test
  void aKioskThatCannotCheckFacesOffersStaffAtOnceAndNeverGreetsThePatient() {
    CheckInFlow noModels = flowWithFace((chipFace, progress) -> new FaceCheck.Unavailable());
    reachScan(noModels);
    noModels.qrScanned(GOOD_QR);
    noModels.chipCardPresented("chip");
    noModels.verifyFace();
    assertThat(noModels.state()).isEqualTo(new Failure(FailureKind.FACE_CHECK_UNAVAILABLE, 0));
    noModels.next();
    assertThat(noModels.state()).isInstanceOf(FlowState.StaffCalled.class);
  }

  @Test
  void aMatchingFaceGreetsThePatientAndAFailedCheckGoesToStaffAfterTheLastTry() {
    CheckInFlow withFace = flowWithFace((chipFace, progress) -> new FaceCheck.Matched());
    reachScan(withFace);
    withFace.qrScanned(GOOD_QR);
    withFace.chipCardPresented("chip");
    withFace.verifyFace();
    assertThat(withFace.state()).isInstanceOf(FlowState.DeclarePriority.class);

    CheckInFlow failing = flowWithFace((chipFace, progress) -> new FaceCheck.NoMatch());
    reachScan(failing);
    failing.qrScanned(GOOD_QR);
    failing.chipCardPresented("chip");
    for (int i = 0; i < 3; i++) {
      failing.verifyFace();
      if (i < 2) {
        failing.next();
      }
    }
    assertThat(failing.state()).isEqualTo(new Failure(FailureKind.FACE_NO_MATCH, 0));
    failing.next();
    assertThat(failing.state()).isInstanceOf(StaffCalled.class);
  }

  @Test
  void aHospitalSystemThatIsDownStillGivesAProvisionalTicket() {
    CheckInFlow offline =
        new CheckInFlow(
            FlowPorts.of(
                    text -> new CardCheck.Accepted(PATIENT, "card"),
                    clinic,
                    t -> Optional.empty(),
                    new RecordingEvents())
                .withHospital(
                    (ticket, patient, card) -> {
                      assertThat(card).isEqualTo("card");
                      throw new IllegalStateException("HIS connect timed out");
                    }),
            FlowRules.defaults(),
            clock);
    reachScan(offline);
    offline.qrScanned(GOOD_QR);
    offline.declare(DeclaredPriority.NONE);
    offline.chooseService("NOI");
    offline.confirm();
    TicketShown shown = (TicketShown) offline.state();
    assertThat(shown.ticket().provisional()).isTrue();
    assertThat(events).contains("ticket 1001");
  }

  @Test
  void speaksThePromptOfEachNewScreenUnlessMutedAndForgetsTheChoiceWithTheSession() {
    CheckInFlow talking = flowWithFace((chipFace, progress) -> new FaceCheck.Matched());
    talking.touch();
    talking.chooseLanguage(CheckInFlow.ENGLISH);
    assertThat(spoken).containsExactly("language.title", "consent.body");
    assertThat(spokenIn).endsWith(CheckInFlow.ENGLISH);

    talking.mute(true);
    talking.agree();
    assertThat(spoken).containsExactly("language.title", "consent.body");
    assertThat(stops).isEqualTo(1);
    talking.largeText(true);
    talking.highContrast(true);
    assertThat(talking.snapshot().accessibility()).isEqualTo(new Accessibility(true, true, true));

    talking.cancel();
    assertThat(talking.snapshot().accessibility()).isEqualTo(Accessibility.defaults());
    talking.touch();
    assertThat(spoken).endsWith("language.title");
  }

  @Test
  void maintenanceModeEndsTheSessionAndKeepsTheKioskClosedUntilSwitchedOff() {
    reachServices();
    flow.outOfService(true);
    assertThat(flow.state()).isInstanceOf(FlowState.OutOfService.class);
    assertThat(flow.snapshot().state().personal()).isFalse();
    flow.touch();
    flow.callStaff();
    clock.advance(Duration.ofMinutes(5));
    flow.tick();
    assertThat(flow.state()).isInstanceOf(FlowState.OutOfService.class);

    flow.outOfService(false);
    assertThat(flow.state()).isInstanceOf(Attract.class);
    flow.touch();
    assertThat(flow.state()).isInstanceOf(FlowState.ChooseLanguage.class);
  }

  @Test
  void theStaffCallButtonRecordsWhereThePatientWas() {
    reachServices();
    flow.callStaff();
    flow.callStaff();
    assertThat(flow.state()).isInstanceOf(StaffCalled.class);
    assertThat(events).containsExactly("staff ChooseService");
  }

  private final List<String> spoken = new ArrayList<>();
  private final List<java.util.Locale> spokenIn = new ArrayList<>();
  private int stops;

  private CheckInFlow flowWithFace(FaceCheck faces) {
    Speaker speaker =
        new Speaker() {
          @Override
          public void say(String promptKey, java.util.Locale locale) {
            spoken.add(promptKey);
            spokenIn.add(locale);
          }

          @Override
          public void stop() {
            stops++;
          }
        };
    return new CheckInFlow(
        FlowPorts.of(
                text -> new CardCheck.Accepted(PATIENT, "card"),
                clinic,
                ticket -> Optional.empty(),
                new RecordingEvents())
            .withChips((qr, onReader) -> new ChipCheck.Verified(PATIENT, "chip-photo"))
            .withFaces(faces)
            .withSpeaker(speaker),
        FlowRules.defaults(),
        clock);
  }

  private void reachScan() {
    reachScan(flow);
  }

  private static void reachScan(CheckInFlow flow) {
    flow.touch();
    flow.chooseLanguage(CheckInFlow.VIETNAMESE);
    flow.agree();
  }

  private void reachServices() {
    reachScan();
    flow.qrScanned(GOOD_QR);
    flow.declare(DeclaredPriority.NONE);
    assertThat(flow.state()).isInstanceOf(ChooseService.class);
  }

  private final class RecordingEvents implements FlowEvents {
    @Override
    public void ticketIssued(IssuedTicket ticket) {
      events.add("ticket " + ticket.number());
    }

    @Override
    public void paymentRequested(IssuedTicket ticket, PaymentRequest payment) {
      events.add("payment " + payment.reference());
    }

    @Override
    public void staffCalled(String where) {
      events.add("staff " + where);
    }

    @Override
    public void printFailed(PrintResult result) {
      events.add("print " + result);
    }
  }

  private final class InMemoryClinic implements Clinic {
    final Map<String, IssuedTicket> issued = new HashMap<>();
    PrintResult print = PrintResult.PRINTED;
    boolean failing;

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
              fee,
              ServiceOption.Availability.OPEN),
          new ServiceOption(
              "NHI",
              new Bilingual("Nhi", "Paediatrics"),
              new Bilingual("Phòng 201", "Room 201"),
              0,
              0,
              fee,
              ServiceOption.Availability.FULL_TODAY));
    }

    @Override
    public IssuedTicket issue(
        String requestKey,
        String serviceCode,
        PatientSummary patient,
        Object card,
        Optional<AutomaticPriority> automatic,
        DeclaredPriority declared) {
      if (failing) {
        throw new IllegalStateException("HIS answered 500");
      }
      return issued.computeIfAbsent(
          requestKey,
          key ->
              new IssuedTicket(
                  "t-" + (issued.size() + 1),
                  String.valueOf(1001 + issued.size()),
                  serviceCode,
                  new Bilingual("Khám Nội", "Internal medicine"),
                  new Bilingual("Phòng 105", "Room 105"),
                  3,
                  15,
                  false,
                  false,
                  clock.instant(),
                  "https://example.invalid/q/1",
                  fee));
    }

    @Override
    public PrintResult print(IssuedTicket ticket) {
      return print;
    }
  }
}
