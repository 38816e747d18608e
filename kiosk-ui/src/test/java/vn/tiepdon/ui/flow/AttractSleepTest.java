package vn.tiepdon.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** When the attract screen sleeps and what wakes it, in the flow alone with an injected clock. */
class AttractSleepTest {
  private static final Duration QUIET = Duration.ofMinutes(2);

  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final List<FlowSnapshot> published = new CopyOnWriteArrayList<>();

  /** Attract and the first screens only: the clinic, payments and events are never reached. */
  private CheckInFlow flow(Duration sleepAfter) {
    Clinic unreached =
        new Clinic() {
          @Override
          public Optional<AutomaticPriority> automaticPriority(PatientSummary patient) {
            throw new AssertionError("not reached before a card is read");
          }

          @Override
          public List<ServiceOption> services(PatientSummary patient) {
            throw new AssertionError("not reached before a card is read");
          }

          @Override
          public IssuedTicket issue(
              String key,
              String code,
              PatientSummary patient,
              Object card,
              Optional<AutomaticPriority> automatic,
              DeclaredPriority declared) {
            throw new AssertionError("not reached before a card is read");
          }

          @Override
          public PrintResult print(IssuedTicket ticket) {
            throw new AssertionError("not reached before a card is read");
          }
        };
    CheckInFlow flow =
        new CheckInFlow(
            text -> new CardCheck.Rejected(FailureKind.NOT_A_CCCD_QR),
            unreached,
            ticket -> Optional.empty(),
            new FlowEvents() {
              @Override
              public void ticketIssued(IssuedTicket ticket) {}

              @Override
              public void paymentRequested(IssuedTicket ticket, PaymentRequest payment) {}

              @Override
              public void staffCalled(String where) {}

              @Override
              public void printFailed(PrintResult result) {}
            },
            FlowRules.defaults().withSleepAfter(sleepAfter),
            clock);
    flow.subscribe(published::add);
    return flow;
  }

  private void after(CheckInFlow flow, Duration quiet) {
    clock.advance(quiet);
    flow.tick();
  }

  @Test
  void fallsAsleepAfterTheQuietPeriodAndTellsTheScreenOnce() {
    CheckInFlow flow = flow(QUIET);
    after(flow, QUIET.minusSeconds(1));
    assertThat(flow.snapshot().asleep()).isFalse();

    after(flow, Duration.ofSeconds(1));
    after(flow, Duration.ofMinutes(30));

    assertThat(published).extracting(FlowSnapshot::asleep).containsExactly(false, true);
    assertThat(flow.state()).isInstanceOf(FlowState.Attract.class);
  }

  @Test
  void aTouchWakesWithoutStartingASession() {
    CheckInFlow flow = flow(QUIET);
    after(flow, QUIET);
    flow.touch();

    assertThat(flow.snapshot().asleep()).isFalse();
    assertThat(flow.state()).isInstanceOf(FlowState.Attract.class);
    after(flow, QUIET.minusSeconds(1));
    assertThat(flow.snapshot().asleep()).as("the quiet period starts again").isFalse();
    flow.touch();
    assertThat(flow.state()).isInstanceOf(FlowState.ChooseLanguage.class);
  }

  @Test
  void aScanOrACardOnTheReaderWakesButDoesNothingElseOnTheAttractScreen() {
    CheckInFlow flow = flow(QUIET);
    after(flow, QUIET);
    flow.qrScanned("anything");
    assertThat(flow.snapshot().asleep()).isFalse();
    assertThat(flow.state()).isInstanceOf(FlowState.Attract.class);

    after(flow, QUIET);
    flow.chipCardPresented(new Object());
    assertThat(flow.snapshot().asleep()).isFalse();

    after(flow, QUIET);
    flow.qrUnreadable();
    assertThat(flow.snapshot().asleep()).isFalse();
    assertThat(flow.state()).isInstanceOf(FlowState.Attract.class);
  }

  @Test
  void presenceWakesAndHoldsItAwakeUntilTheQuietAfterLeaving() {
    CheckInFlow flow = flow(QUIET);
    after(flow, QUIET);
    flow.presence(true);
    assertThat(flow.snapshot().asleep()).isFalse();

    after(flow, Duration.ofHours(2));
    assertThat(flow.snapshot().asleep()).isFalse();
    flow.presence(false);
    after(flow, QUIET.minusSeconds(1));
    assertThat(flow.snapshot().asleep()).isFalse();
    after(flow, Duration.ofSeconds(1));
    assertThat(flow.snapshot().asleep()).isTrue();
  }

  @Test
  void presenceIsNoActivityInASessionSoTheIdleTimeoutStillEndsIt() {
    CheckInFlow flow = flow(QUIET);
    flow.touch();
    after(flow, Duration.ofSeconds(30));
    flow.presence(true);
    after(flow, Duration.ofSeconds(15)); // 45 s after the last touch

    assertThat(flow.state()).isInstanceOf(FlowState.Attract.class);
    assertThat(flow.snapshot().asleep()).as("someone is still there").isFalse();
  }

  @Test
  void outOfServiceAndZeroNeverSleep() {
    CheckInFlow closed = flow(QUIET);
    closed.outOfService(true);
    after(closed, Duration.ofHours(1));
    assertThat(closed.snapshot().asleep()).isFalse();
    closed.outOfService(false);
    after(closed, QUIET);
    assertThat(closed.snapshot().asleep()).as("the quiet counts from the reopening").isTrue();

    CheckInFlow never = flow(Duration.ZERO);
    after(never, Duration.ofDays(2));
    assertThat(never.snapshot().asleep()).isFalse();
    assertThat(new FlowRules(QUIET, Duration.ofSeconds(10), QUIET, 3).sleepAfter()).isZero();
  }

  @Test
  void aNegativeQuietPeriodIsRefusedByName() {
    assertThatThrownBy(() -> FlowRules.defaults().withSleepAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sleepAfter must not be negative, was PT-1S");
  }
}
