package vn.tiepdon.ui.flow;

import java.util.List;
import java.util.Optional;

/** The hospital side of the check-in: clinics, priority, tickets and printing. */
public interface Clinic {
  Optional<AutomaticPriority> automaticPriority(PatientSummary patient);

  List<ServiceOption> services(PatientSummary patient);

  /**
   * Records a ticket. The request key makes it idempotent: a retried or double-tapped request
   * returns the same ticket.
   */
  IssuedTicket issue(
      String requestKey,
      String serviceCode,
      PatientSummary patient,
      Optional<AutomaticPriority> automatic,
      DeclaredPriority declared);

  PrintResult print(IssuedTicket ticket);
}
