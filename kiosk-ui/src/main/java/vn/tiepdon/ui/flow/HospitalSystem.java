package vn.tiepdon.ui.flow;

/**
 * The hospital information system (HIS) that records the visit behind a ticket. When it cannot be
 * reached the patient still gets a provisional number, confirmed later at the clinic (UX.md).
 */
public interface HospitalSystem {
  /**
   * Registers the visit of the session's patient for an issued ticket.
   *
   * @param card what {@link CardCheck.Accepted} carried for this patient's card
   */
  Registration register(IssuedTicket ticket, PatientSummary patient, Object card);

  /** Whether the hospital system recorded the visit. */
  enum Registration {
    REGISTERED,
    UNAVAILABLE
  }

  /** A kiosk without a HIS: the local queue is the record, so every visit counts as registered. */
  static HospitalSystem localOnly() {
    return (ticket, patient, card) -> Registration.REGISTERED;
  }
}
