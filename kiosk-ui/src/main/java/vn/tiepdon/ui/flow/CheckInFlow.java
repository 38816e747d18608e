package vn.tiepdon.ui.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.ui.flow.FlowState.Attract;
import vn.tiepdon.ui.flow.FlowState.ChooseLanguage;
import vn.tiepdon.ui.flow.FlowState.ChooseService;
import vn.tiepdon.ui.flow.FlowState.Confirm;
import vn.tiepdon.ui.flow.FlowState.Consent;
import vn.tiepdon.ui.flow.FlowState.DeclarePriority;
import vn.tiepdon.ui.flow.FlowState.Failure;
import vn.tiepdon.ui.flow.FlowState.Goodbye;
import vn.tiepdon.ui.flow.FlowState.OutOfService;
import vn.tiepdon.ui.flow.FlowState.Paid;
import vn.tiepdon.ui.flow.FlowState.Payment;
import vn.tiepdon.ui.flow.FlowState.ReadChip;
import vn.tiepdon.ui.flow.FlowState.Registering;
import vn.tiepdon.ui.flow.FlowState.ScanQr;
import vn.tiepdon.ui.flow.FlowState.StaffCalled;
import vn.tiepdon.ui.flow.FlowState.TicketShown;
import vn.tiepdon.ui.flow.FlowState.VerifyFace;

/**
 * The patient's check-in as a state machine, free of any UI toolkit. Screens call its commands and
 * render the {@link FlowSnapshot}s it publishes; devices feed it scans; a one-second {@link
 * #tick()} drives timeouts from the injected clock.
 *
 * <p>All patient data lives in the current {@link Session}; ending a session replaces it, so
 * nothing of the previous patient stays reachable from the flow.
 */
public final class CheckInFlow {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final Logger log = LoggerFactory.getLogger(CheckInFlow.class);

  private final CardCheck cards;
  private final Optional<ChipCheck> chips;
  private final Optional<FaceCheck> faces;
  private final Clinic clinic;
  private final HospitalSystem hospital;
  private final Payments payments;
  private final FlowEvents events;
  private final Speaker speaker;
  private final Optional<CoverageLookup> insurance;
  private final FlowRules rules;
  private final Clock clock;
  private final List<Consumer<FlowSnapshot>> listeners = new CopyOnWriteArrayList<>();
  private final AttractSleep sleep;

  private FlowState state = new Attract();
  private Locale locale = VIETNAMESE;
  private Accessibility accessibility = Accessibility.defaults();
  private Session session = new Session();
  private boolean outOfService;
  private Instant lastActivity;
  private Instant enteredAt;
  private OptionalInt shownCountdown = OptionalInt.empty();

  public CheckInFlow(
      CardCheck cards,
      Clinic clinic,
      Payments payments,
      FlowEvents events,
      FlowRules rules,
      Clock clock) {
    this(FlowPorts.of(cards, clinic, payments, events), rules, clock);
  }

  /** A flow that also reads the chip after the QR code, when {@code chips} is present. */
  public CheckInFlow(
      CardCheck cards,
      Optional<ChipCheck> chips,
      Clinic clinic,
      Payments payments,
      FlowEvents events,
      FlowRules rules,
      Clock clock) {
    this(
        chips
            .map(FlowPorts.of(cards, clinic, payments, events)::withChips)
            .orElseGet(() -> FlowPorts.of(cards, clinic, payments, events)),
        rules,
        clock);
  }

  /** A flow on all its ports: chip and face checks, hospital system and speaker included. */
  public CheckInFlow(FlowPorts ports, FlowRules rules, Clock clock) {
    this.cards = ports.cards();
    this.chips = ports.chips();
    this.faces = ports.faces();
    this.clinic = ports.clinic();
    this.hospital = ports.hospital();
    this.payments = ports.payments();
    this.events = ports.events();
    this.speaker = ports.speaker();
    this.insurance = ports.insurance();
    this.rules = rules;
    this.clock = clock;
    this.lastActivity = clock.instant();
    this.enteredAt = lastActivity;
    this.sleep = new AttractSleep(rules.sleepAfter(), lastActivity);
  }

  /** Registers a listener and gives it the current snapshot at once. */
  public void subscribe(Consumer<FlowSnapshot> listener) {
    listeners.add(listener);
    listener.accept(snapshot());
  }

  public synchronized FlowSnapshot snapshot() {
    return new FlowSnapshot(
        state, locale, countdown(), accessibility, state instanceof Attract && sleep.asleep());
  }

  public synchronized FlowState state() {
    return state;
  }

  /** A touch on the attract screen starts a session; elsewhere it only counts as activity. */
  public synchronized void touch() {
    if (wokenUp()) {
      return; // the first touch on a dark screen only lights it up
    }
    activity();
    if (state instanceof Attract && !outOfService) {
      go(new ChooseLanguage());
    }
  }

  public synchronized void chooseLanguage(Locale chosen) {
    activity();
    locale = chosen;
    if (state instanceof ChooseLanguage) {
      go(new Consent());
    } else {
      publish();
    }
  }

  public synchronized void agree() {
    activity();
    if (state instanceof Consent) {
      go(new ScanQr());
    }
  }

  public synchronized void decline() {
    activity();
    if (state instanceof Consent) {
      fail(FailureKind.DECLINED_CONSENT);
    }
  }

  /** A QR code arrived from the scanner. It counts only while the kiosk asks for one. */
  public synchronized void qrScanned(String text) {
    wokenUp();
    if (!(state instanceof ScanQr) && !awaitingQrRetry()) {
      log.debug("QR scan ignored in state {}", state.getClass().getSimpleName());
      return;
    }
    activity();
    CardCheck.Result result = cards.checkQr(text);
    if (result instanceof CardCheck.Accepted accepted) {
      session.patient = accepted.patient();
      session.qrCard = accepted.card();
      if (chips.isPresent()) {
        go(new ReadChip(0));
      } else {
        identified(accepted.patient());
      }
    } else if (result instanceof CardCheck.Rejected rejected) {
      fail(rejected.kind());
    }
  }

  /**
   * The scanner saw a code but could not read it (a damaged or glaring card, noise on the line). It
   * counts only while the kiosk asks for a QR code.
   */
  public synchronized void qrUnreadable() {
    wokenUp();
    if (!(state instanceof ScanQr) && !awaitingQrRetry()) {
      return;
    }
    activity();
    fail(FailureKind.QR_UNREADABLE);
  }

  /**
   * A card is on the chip reader. It counts only while the kiosk asks for the chip; reading blocks
   * this caller, so devices call it from their own thread.
   */
  public synchronized void chipCardPresented(Object cardOnReader) {
    wokenUp();
    boolean retrying =
        state instanceof Failure failure
            && failure.kind() == FailureKind.CHIP_UNREADABLE
            && failure.triesLeft() > 0;
    boolean waiting = state instanceof ReadChip read && read.percent() == 0;
    if (chips.isEmpty() || !(waiting || retrying) || session.qrCard == null) {
      return;
    }
    activity();
    go(new ReadChip(50));
    ChipCheck.Result result;
    try {
      result = chips.get().read(session.qrCard, cardOnReader);
    } catch (RuntimeException e) {
      log.error("chip check failed", e);
      result = new ChipCheck.Unreadable();
    }
    if (result instanceof ChipCheck.Verified verified) {
      if (faces.isPresent()) {
        session.patient = verified.patient();
        session.chipFace = verified.chipFace();
        go(VerifyFace.starting());
      } else {
        identified(verified.patient());
      }
    } else if (result instanceof ChipCheck.NotGenuine) {
      fail(FailureKind.CHIP_NOT_GENUINE);
    } else {
      fail(FailureKind.CHIP_UNREADABLE);
    }
  }

  /**
   * Runs one face check attempt while the kiosk asks for the face. It blocks its caller for the
   * whole attempt (devices call it from their own thread) without holding the flow, so taps, the
   * idle timeout and progress updates go on meanwhile; a result that arrives after the session
   * ended is dropped.
   */
  public void verifyFace() {
    Session attempt;
    Object chipFace;
    synchronized (this) {
      if (faces.isEmpty()
          || !(state instanceof VerifyFace face)
          || face.challengesTotal() > 0
          || session.faceAttemptRunning) {
        return;
      }
      attempt = session;
      attempt.faceAttemptRunning = true;
      chipFace = attempt.chipFace;
      activity();
    }
    FaceCheck.Result result;
    try {
      result = faces.get().verify(chipFace, progress -> faceProgress(attempt, progress));
    } catch (RuntimeException e) {
      log.error("face check failed", e);
      result = new FaceCheck.LivenessFailed();
    }
    synchronized (this) {
      attempt.faceAttemptRunning = false;
      if (attempt != session || !(state instanceof VerifyFace)) {
        return;
      }
      activity();
      if (result instanceof FaceCheck.Matched) {
        session.chipFace = null;
        identified(session.patient);
      } else if (result instanceof FaceCheck.NoMatch) {
        fail(FailureKind.FACE_NO_MATCH);
      } else if (result instanceof FaceCheck.Unavailable) {
        fail(FailureKind.FACE_CHECK_UNAVAILABLE);
      } else {
        fail(FailureKind.LIVENESS_FAILED);
      }
    }
  }

  private synchronized void faceProgress(Session attempt, FaceCheck.FaceProgress progress) {
    if (attempt == session && state instanceof VerifyFace) {
      activity();
      go(
          new VerifyFace(
              progress.hintKey(),
              progress.challengesDone(),
              Math.max(1, progress.challengesTotal())));
    }
  }

  private void identified(PatientSummary patient) {
    session.patient = insurance.isPresent() ? withCoverage(patient) : patient;
    session.automatic = clinic.automaticPriority(patient);
    go(new DeclarePriority(session.patient, session.automatic));
  }

  /**
   * The patient with the hospital system's answer about their health insurance. The wait is bounded
   * ({@link CoverageLookup}), like the chip read it blocks this caller; the screen shows that the
   * kiosk is checking meanwhile.
   */
  private PatientSummary withCoverage(PatientSummary patient) {
    go(new FlowState.CheckingInsurance());
    Coverage coverage = insurance.get().lookUp(patient, session.qrCard);
    log.info("insurance check: {}", coverage.status());
    return patient.withCoverage(coverage);
  }

  /** The scanner went away while the kiosk waits for a QR code. */
  public synchronized void scannerUnavailable() {
    if (state instanceof ScanQr) {
      fail(FailureKind.SCANNER_UNAVAILABLE);
    }
  }

  public synchronized void declare(DeclaredPriority declared) {
    activity();
    if (state instanceof DeclarePriority) {
      session.declared = declared;
      showServices();
    }
  }

  public synchronized void chooseService(String code) {
    activity();
    if (!(state instanceof ChooseService choose)) {
      return;
    }
    Optional<ServiceOption> option =
        choose.options().stream().filter(o -> o.code().equals(code)).findFirst();
    if (option.isEmpty()) {
      log.warn("unknown service code chosen: {}", code);
      return;
    }
    if (!option.get().open()) {
      fail(FailureKind.SERVICE_FULL);
      return;
    }
    session.requestKey = UUID.randomUUID().toString();
    go(new Confirm(session.patient, option.get()));
  }

  /** Confirms the registration; a second tap while it is under way returns the same ticket. */
  public synchronized void confirm() {
    activity();
    if (!(state instanceof Confirm confirm)) {
      return;
    }
    go(new Registering());
    IssuedTicket ticket;
    try {
      ticket =
          clinic.issue(
              session.requestKey,
              confirm.option().code(),
              session.patient,
              session.qrCard,
              session.automatic,
              session.declared);
    } catch (RuntimeException e) {
      log.error("registration failed for service {}", confirm.option().code(), e);
      fail(FailureKind.REGISTRATION_FAILED);
      return;
    }
    if (registerVisit(ticket) == HospitalSystem.Registration.UNAVAILABLE) {
      ticket = ticket.asProvisional();
    }
    session.ticket = ticket;
    events.ticketIssued(ticket);
    PrintResult printed = print(ticket);
    session.payment = payments.requestFor(ticket);
    go(new TicketShown(ticket, printed, session.payment.isPresent()));
  }

  /** The main button of screens that only inform: ticket, paid, goodbye, failures. */
  public synchronized void next() {
    activity();
    if (state instanceof TicketShown) {
      if (session.payment.isPresent()) {
        PaymentRequest request = session.payment.get();
        events.paymentRequested(session.ticket, request);
        go(new Payment(session.ticket, request));
      } else {
        go(new Goodbye());
      }
    } else if (state instanceof Paid) {
      go(new Goodbye());
    } else if (state instanceof Goodbye || state instanceof StaffCalled) {
      endSession();
    } else if (state instanceof Failure failure) {
      retry(failure);
    }
  }

  public synchronized void payLater() {
    activity();
    if (state instanceof Payment) {
      go(new Goodbye());
    }
  }

  /** The bank transfer for a shown payment arrived; any other reference is not this patient's. */
  public synchronized void paymentReceived(String reference) {
    if (state instanceof Payment payment && payment.request().reference().equals(reference)) {
      go(new Paid(payment.request().amountDong()));
    }
  }

  public synchronized void back() {
    activity();
    if (state instanceof ChooseLanguage) {
      endSession();
    } else if (state instanceof Consent) {
      go(new ChooseLanguage());
    } else if (state instanceof ScanQr) {
      go(new Consent());
    } else if (state instanceof DeclarePriority || state instanceof ReadChip) {
      session.forgetPatient();
      go(new ScanQr());
    } else if (state instanceof ChooseService) {
      go(new DeclarePriority(session.patient, session.automatic));
    } else if (state instanceof Confirm) {
      showServices();
    } else if (state instanceof Failure failure) {
      retry(failure);
    }
  }

  /** Ends the session from any screen and wipes the patient's data. */
  public synchronized void cancel() {
    endSession();
  }

  public synchronized void callStaff() {
    activity();
    if (state instanceof StaffCalled || state instanceof OutOfService) {
      return;
    }
    events.staffCalled(state.getClass().getSimpleName());
    go(new StaffCalled());
  }

  public synchronized void largeText(boolean on) {
    activity();
    accessibility = accessibility.withLargeText(on);
    publish();
  }

  public synchronized void highContrast(boolean on) {
    activity();
    accessibility = accessibility.withHighContrast(on);
    publish();
  }

  /** Mutes or unmutes the spoken prompts; unmuting reads the current screen's prompt again. */
  public synchronized void mute(boolean on) {
    activity();
    accessibility = accessibility.withMuted(on);
    if (on) {
      speaker.stop();
    } else {
      speak(state);
    }
    publish();
  }

  /**
   * Staff switch maintenance mode on or off. On, the session in progress ends (its data wiped) and
   * the kiosk shows that it is out of service until switched off.
   */
  public synchronized void outOfService(boolean on) {
    outOfService = on;
    if (on) {
      log.info("maintenance mode on");
      wipeSession();
      go(new OutOfService());
    } else if (state instanceof OutOfService) {
      log.info("maintenance mode off");
      go(new Attract());
    }
  }

  public synchronized boolean isOutOfService() {
    return outOfService;
  }

  /**
   * The presence sensor's level changed: someone arriving wakes a sleeping attract screen; while
   * someone is there it does not fall asleep. It never counts as activity in a session, so a
   * patient who walked away is still timed out.
   */
  public synchronized void presence(boolean someoneThere) {
    if (sleep.presence(someoneThere, clock.instant()) && state instanceof Attract) {
      log.info("attract screen woken by the presence sensor");
      publish();
    }
  }

  /** Wakes a sleeping attract screen; true when it was asleep. */
  private boolean wokenUp() {
    if (!sleep.wake(clock.instant()) || !(state instanceof Attract)) {
      return false;
    }
    log.info("attract screen woken");
    publish();
    return true;
  }

  /** The patient answered the idle warning. */
  public synchronized void stillHere() {
    activity();
    publish();
  }

  /** Called about once a second: idle timeout, the idle warning countdown, timed screens. */
  public synchronized void tick() {
    Instant now = clock.instant();
    if (state instanceof Attract || state instanceof OutOfService) {
      if (state instanceof Attract && sleep.dozeOff(now)) {
        log.info("attract screen asleep after {} without anyone", rules.sleepAfter());
        publish();
      }
      return;
    }
    if (state instanceof Goodbye && elapsed(enteredAt, now).compareTo(rules.goodbyeFor()) >= 0) {
      endSession();
      return;
    }
    if (state instanceof Payment payment && !now.isBefore(payment.request().expiresAt())) {
      go(new Goodbye());
      return;
    }
    if (elapsed(lastActivity, now).compareTo(rules.idleTimeout()) >= 0) {
      log.info("session ended after {} idle", rules.idleTimeout());
      endSession();
      return;
    }
    OptionalInt countdown = countdown();
    if (!countdown.equals(shownCountdown)) {
      publish();
    }
  }

  private void showServices() {
    go(new ChooseService(session.patient, clinic.services(session.patient)));
  }

  private PrintResult print(IssuedTicket ticket) {
    PrintResult printed;
    try {
      printed = clinic.print(ticket);
    } catch (RuntimeException e) {
      log.error("printing ticket {} failed", ticket.number(), e);
      printed = PrintResult.PRINTER_FAULT;
    }
    if (printed != PrintResult.PRINTED) {
      events.printFailed(printed);
    }
    return printed;
  }

  private HospitalSystem.Registration registerVisit(IssuedTicket ticket) {
    try {
      return hospital.register(ticket, session.patient, session.qrCard);
    } catch (RuntimeException e) {
      log.warn("hospital system did not register ticket {}: {}", ticket.number(), e.toString());
      return HospitalSystem.Registration.UNAVAILABLE;
    }
  }

  private boolean awaitingQrRetry() {
    return state instanceof Failure failure
        && (failure.kind() == FailureKind.QR_UNREADABLE
            || failure.kind() == FailureKind.NOT_A_CCCD_QR)
        && failure.triesLeft() > 0;
  }

  private void fail(FailureKind kind) {
    int used = session.failures.merge(kind, 1, Integer::sum);
    int left = Math.max(0, rules.triesPerStep() - used);
    go(new Failure(kind, kind.nextStep() == FailureKind.NextStep.CALL_STAFF ? 0 : left));
  }

  private void retry(Failure failure) {
    if (failure.triesLeft() == 0) {
      callStaff();
      return;
    }
    switch (failure.kind()) {
      case QR_UNREADABLE, NOT_A_CCCD_QR -> go(new ScanQr());
      case CHIP_UNREADABLE -> go(new ReadChip(0));
      case FACE_NO_MATCH, LIVENESS_FAILED -> go(VerifyFace.starting());
      case SERVICE_FULL -> showServices();
      default -> callStaff();
    }
  }

  private void endSession() {
    wipeSession();
    go(outOfService ? new OutOfService() : new Attract());
  }

  /** Forgets everything about the patient: their data, their language and display choices. */
  private void wipeSession() {
    session = new Session();
    locale = VIETNAMESE;
    accessibility = Accessibility.defaults();
    speaker.stop();
  }

  private void activity() {
    lastActivity = clock.instant();
  }

  private void go(FlowState next) {
    log.debug("flow: {} -> {}", state.getClass().getSimpleName(), next.getClass().getSimpleName());
    // A new screen, or a new hint on the face screen, is read aloud; a progress update is not.
    boolean newScreen =
        !next.getClass().equals(state.getClass())
            || !Prompts.keyFor(next).equals(Prompts.keyFor(state));
    state = next;
    enteredAt = clock.instant();
    lastActivity = enteredAt;
    sleep.wake(enteredAt);
    if (newScreen) {
      speak(next);
    }
    publish();
  }

  private void speak(FlowState shown) {
    if (accessibility.muted()) {
      return;
    }
    Prompts.keyFor(shown)
        .ifPresent(
            key -> {
              try {
                speaker.say(key, locale);
              } catch (RuntimeException e) {
                log.warn("spoken prompt {} failed: {}", key, e.toString());
              }
            });
  }

  private void publish() {
    FlowSnapshot snapshot = snapshot();
    shownCountdown = snapshot.idleSecondsLeft();
    for (Consumer<FlowSnapshot> listener : listeners) {
      try {
        listener.accept(snapshot);
      } catch (RuntimeException e) {
        log.error("flow listener failed", e);
      }
    }
  }

  private OptionalInt countdown() {
    if (state instanceof Attract || state instanceof OutOfService) {
      return OptionalInt.empty();
    }
    Duration left = rules.idleTimeout().minus(elapsed(lastActivity, clock.instant()));
    if (left.compareTo(rules.idleWarning()) > 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) Math.max(0, (left.toMillis() + 999) / 1000));
  }

  private static Duration elapsed(Instant from, Instant to) {
    return Duration.between(from, to);
  }

  /** Everything known about the current patient; replaced whole when the session ends. */
  private static final class Session {
    PatientSummary patient;
    Object qrCard;
    Object chipFace;
    boolean faceAttemptRunning;
    Optional<AutomaticPriority> automatic = Optional.empty();
    DeclaredPriority declared = DeclaredPriority.NONE;
    String requestKey;
    IssuedTicket ticket;
    Optional<PaymentRequest> payment = Optional.empty();
    final Map<FailureKind, Integer> failures = new EnumMap<>(FailureKind.class);

    void forgetPatient() {
      patient = null;
      qrCard = null;
      chipFace = null;
      automatic = Optional.empty();
      declared = DeclaredPriority.NONE;
    }
  }
}
