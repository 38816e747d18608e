package vn.tiepdon.ui.flow;

import java.util.List;
import java.util.Optional;

/** The hospital side of the check-in: clinics, priority, tickets and printing. */
public interface Clinic {
  Optional<AutomaticPriority> automaticPriority(PatientSummary patient);

  List<ServiceOption> services(PatientSummary patient);

  /**
   * Records a ticket, registering the visit with the hospital system where there is one (a ticket
   * then comes back provisional when it is unreachable). The request key makes it idempotent: a
   * retried or double-tapped request returns the same ticket.
   *
   * @param card what {@link CardCheck.Accepted} carried for this patient's card
   */
  IssuedTicket issue(
      String requestKey,
      String serviceCode,
      PatientSummary patient,
      Object card,
      Optional<AutomaticPriority> automatic,
      DeclaredPriority declared);

  PrintResult print(IssuedTicket ticket);
}
