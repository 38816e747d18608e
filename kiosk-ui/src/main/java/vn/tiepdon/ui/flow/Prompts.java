package vn.tiepdon.ui.flow;

import java.util.Optional;

/**
 * Which words are read aloud when a screen appears: the one sentence that tells the patient what to
 * do there. The attract screen stays silent so that the kiosk does not talk to an empty hall.
 */
public final class Prompts {
  private Prompts() {}

  public static Optional<String> keyFor(FlowState state) {
    if (state instanceof FlowState.VerifyFace face) {
      return Optional.of(face.hintKey());
    }
    if (state instanceof FlowState.TicketShown ticket) {
      return Optional.of(ticket.print() == PrintResult.PRINTED ? "ticket.take" : "prompt.paperOut");
    }
    if (state instanceof FlowState.Failure failure) {
      return Optional.of("failure." + failure.kind().name());
    }
    return Optional.ofNullable(
        switch (state.getClass().getSimpleName()) {
          case "ChooseLanguage" -> "language.title";
          case "Consent" -> "consent.body";
          case "ScanQr" -> "scan.body";
          case "ReadChip" -> "chip.title";
          case "CheckingInsurance" -> "insurance.checking";
          case "DeclarePriority" -> "priority.title";
          case "ChooseService" -> "service.title";
          case "Confirm" -> "confirm.title";
          case "Payment" -> "payment.body";
          case "Paid" -> "prompt.paid";
          case "Goodbye" -> "goodbye.body";
          case "StaffCalled" -> "staff.body";
          default -> null; // attract, registering, out of service: nothing to say
        });
  }
}
