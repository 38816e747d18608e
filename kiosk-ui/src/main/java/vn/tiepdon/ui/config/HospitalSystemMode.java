package vn.tiepdon.ui.config;

/**
 * Where visits are registered besides the kiosk's own queue. The HL7 FHIR client joins when the
 * queue module delivers it.
 */
public enum HospitalSystemMode {
  /** No hospital system: the local queue is the record. */
  LOCAL_ONLY,
  /** An in-process hospital system that the demo panel and tests can take down. */
  SIMULATED
}
