package vn.tiepdon.ui.flow;

/** Reads the CCCD QR text into the patient's identity, or says why it cannot. */
public interface CardCheck {
  Result checkQr(String qrText);

  /** The outcome of reading one QR code. */
  sealed interface Result {}

  /**
   * The QR is a valid ID card QR. {@code card} is what the chip check needs from it (the access
   * keys); the flow only carries it, and forgets it with the session.
   */
  record Accepted(PatientSummary patient, Object card) implements Result {}

  /** The QR was rejected; the kind picks the failure screen. */
  record Rejected(FailureKind kind) implements Result {}
}
