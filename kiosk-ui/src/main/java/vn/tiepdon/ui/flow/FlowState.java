package vn.tiepdon.ui.flow;

import java.util.List;
import java.util.Optional;

/** Each screen of the patient flow is one state; a state holds exactly what its screen shows. */
public sealed interface FlowState {
  /** Whether the screen shows the patient's personal data (name, birth date, masked ID). */
  default boolean personal() {
    return false;
  }

  record Attract() implements FlowState {}

  record ChooseLanguage() implements FlowState {}

  record Consent() implements FlowState {}

  record ScanQr() implements FlowState {}

  record ReadChip(int percent) implements FlowState {}

  /** The face check: a hint key for the patient and how many liveness challenges are done. */
  record VerifyFace(String hintKey, int challengesDone, int challengesTotal) implements FlowState {
    public static VerifyFace starting() {
      return new VerifyFace("face.title", 0, 0);
    }
  }

  /** The hospital system is asked about the patient's health insurance (BHYT). */
  record CheckingInsurance() implements FlowState {}

  record DeclarePriority(PatientSummary patient, Optional<AutomaticPriority> automatic)
      implements FlowState {
    @Override
    public boolean personal() {
      return true;
    }
  }

  record ChooseService(PatientSummary patient, List<ServiceOption> options) implements FlowState {
    @Override
    public boolean personal() {
      return true;
    }
  }

  record Confirm(PatientSummary patient, ServiceOption option) implements FlowState {
    @Override
    public boolean personal() {
      return true;
    }
  }

  record Registering() implements FlowState {}

  record TicketShown(IssuedTicket ticket, PrintResult print, boolean paymentFollows)
      implements FlowState {}

  record Payment(IssuedTicket ticket, PaymentRequest request) implements FlowState {}

  record Paid(long amountDong) implements FlowState {}

  record Goodbye() implements FlowState {}

  record Failure(FailureKind kind, int triesLeft) implements FlowState {}

  record StaffCalled() implements FlowState {}

  /** Staff switched the kiosk to maintenance: it shows "temporarily out of service". */
  record OutOfService() implements FlowState {}
}
