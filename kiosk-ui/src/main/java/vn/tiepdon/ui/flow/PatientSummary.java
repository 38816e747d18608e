package vn.tiepdon.ui.flow;

import java.time.LocalDate;

/**
 * What the session screens may show of the patient: name, birth date and the masked ID only. It
 * lives exactly as long as the session.
 */
public record PatientSummary(String fullName, String maskedId, LocalDate dateOfBirth) {
  @Override
  public String toString() {
    return "PatientSummary[" + maskedId + "]";
  }
}
