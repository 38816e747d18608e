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
import vn.tiepdon.ui.flow.FlowState.Paid;
import vn.tiepdon.ui.flow.FlowState.Payment;
import vn.tiepdon.ui.flow.FlowState.ReadChip;
import vn.tiepdon.ui.flow.FlowState.Registering;
import vn.tiepdon.ui.flow.FlowState.ScanQr;
import vn.tiepdon.ui.flow.FlowState.StaffCalled;
import vn.tiepdon.ui.flow.FlowState.TicketShown;

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
  private final java.util.Optional<ChipCheck> chips;
  private final Clinic clinic;
  private final Payments payments;
  private final FlowEvents events;
  private final FlowRules rules;
  private final Clock clock;
  private final List<Consumer<FlowSnapshot>> listeners = new CopyOnWriteArrayList<>();

  private FlowState state = new Attract();
  private Locale locale = VIETNAMESE;
  private Session session = new Session();
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
    this(cards, Optional.empty(), clinic, payments, events, rules, clock);
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
    this.cards = cards;
    this.chips = chips;
    this.clinic = clinic;
    this.payments = payments;
    this.events = events;
    this.rules = rules;
    this.clock = clock;
    this.lastActivity = clock.instant();
    this.enteredAt = lastActivity;
  }

  /** Registers a listener and gives it the current snapshot at once. */
  public void subscribe(Consumer<FlowSnapshot> listener) {
    listeners.add(listener);
    listener.accept(snapshot());
  }

  public synchronized FlowSnapshot snapshot() {
    return new FlowSnapshot(state, locale, countdown());
  }

  public synchronized FlowState state() {
    return state;
  }

  /** A touch on the attract screen starts a session; elsewhere it only counts as activity. */
  public synchronized void touch() {
    activity();
    if (state instanceof Attract) {
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
   * A card is on the chip reader. It counts only while the kiosk asks for the chip; reading blocks
   * this caller, so devices call it from their own thread.
   */
  public synchronized void chipCardPresented(Object cardOnReader) {
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
      identified(verified.patient());
    } else if (result instanceof ChipCheck.NotGenuine) {
      fail(FailureKind.CHIP_NOT_GENUINE);
    } else {
      fail(FailureKind.CHIP_UNREADABLE);
    }
  }

  private void identified(PatientSummary patient) {
    session.patient = patient;
    session.automatic = clinic.automaticPriority(patient);
    go(new DeclarePriority(session.patient, session.automatic));
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
              session.automatic,
              session.declared);
    } catch (RuntimeException e) {
      log.error("registration failed for service {}", confirm.option().code(), e);
      fail(FailureKind.REGISTRATION_FAILED);
      return;
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
    events.staffCalled(state.getClass().getSimpleName());
    go(new StaffCalled());
  }

  /** The patient answered the idle warning. */
  public synchronized void stillHere() {
    activity();
    publish();
  }

  /** Called about once a second: idle timeout, the idle warning countdown, timed screens. */
  public synchronized void tick() {
    Instant now = clock.instant();
    if (state instanceof Attract) {
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
      case SERVICE_FULL -> showServices();
      default -> callStaff();
    }
  }

  private void endSession() {
    session = new Session();
    locale = VIETNAMESE;
    go(new Attract());
  }

  private void activity() {
    lastActivity = clock.instant();
  }

  private void go(FlowState next) {
    log.debug("flow: {} -> {}", state.getClass().getSimpleName(), next.getClass().getSimpleName());
    state = next;
    enteredAt = clock.instant();
    lastActivity = enteredAt;
    publish();
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
    if (state instanceof Attract) {
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
    Optional<AutomaticPriority> automatic = Optional.empty();
    DeclaredPriority declared = DeclaredPriority.NONE;
    String requestKey;
    IssuedTicket ticket;
    Optional<PaymentRequest> payment = Optional.empty();
    final Map<FailureKind, Integer> failures = new EnumMap<>(FailureKind.class);

    void forgetPatient() {
      patient = null;
      qrCard = null;
      automatic = Optional.empty();
      declared = DeclaredPriority.NONE;
    }
  }
}
