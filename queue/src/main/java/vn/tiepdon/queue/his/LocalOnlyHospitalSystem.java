package vn.tiepdon.queue.his;

import java.time.LocalDate;

/**
 * The HIS adapter for a site without an HIS connection: the kiosk's ticket is the whole
 * registration, and insurance is checked by staff at the counter. Nothing leaves the kiosk.
 */
public final class LocalOnlyHospitalSystem implements HospitalSystem {
  @Override
  public Registration register(VisitRequest request) {
    return new Registration.LocalOnly();
  }

  @Override
  public InsuranceCheck checkInsurance(PatientDetails patient, LocalDate visitDay) {
    return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
  }
}
