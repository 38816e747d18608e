package vn.tiepdon.ui.flow;

/**
 * The hospital system's health insurance (BHYT) check for the identified patient. It may block
 * while the hospital system answers; the flow bounds the wait ({@link CoverageLookup}).
 */
public interface Insurance {
  /**
   * The patient's coverage for a visit today.
   *
   * @param card what {@link CardCheck.Accepted} carried for this patient's card
   */
  Coverage check(PatientSummary patient, Object card);
}
