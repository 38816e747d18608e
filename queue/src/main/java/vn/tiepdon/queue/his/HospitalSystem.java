package vn.tiepdon.queue.his;

/**
 * Port to the hospital information system (HIS): registers a visit and checks health insurance.
 * Adapters never throw for a network or server failure; they answer {@link
 * Registration.Unreachable} or {@link InsuranceStatus#UNAVAILABLE}, so the kiosk can still hand out
 * a provisional ticket.
 */
public interface HospitalSystem {

  /**
   * Registers the visit. Calling it again with the same {@link VisitRequest#key()} must not create
   * a second visit in the HIS: that is how the provisional sender retries safely.
   */
  Registration register(VisitRequest request);

  /** The patient's BHYT (national health insurance) status for a visit on the request's day. */
  InsuranceCheck checkInsurance(PatientDetails patient, java.time.LocalDate visitDay);
}
