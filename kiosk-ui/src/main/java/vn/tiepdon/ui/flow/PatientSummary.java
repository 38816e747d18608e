package vn.tiepdon.ui.flow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the session screens may show of the patient: name, birth date and the masked ID only, and
 * their health insurance coverage once the hospital system was asked. It lives exactly as long as
 * the session.
 *
 * @param coverage empty when the kiosk does not check insurance (no hospital system)
 */
public record PatientSummary(
    String fullName, String maskedId, LocalDate dateOfBirth, Optional<Coverage> coverage) {
  public PatientSummary {
    Objects.requireNonNull(coverage, "coverage");
  }

  /** A patient whose insurance has not been asked about. */
  public PatientSummary(String fullName, String maskedId, LocalDate dateOfBirth) {
    this(fullName, maskedId, dateOfBirth, Optional.empty());
  }

  public PatientSummary withCoverage(Coverage answer) {
    return new PatientSummary(fullName, maskedId, dateOfBirth, Optional.of(answer));
  }

  @Override
  public String toString() {
    return "PatientSummary[" + maskedId + "]";
  }
}
