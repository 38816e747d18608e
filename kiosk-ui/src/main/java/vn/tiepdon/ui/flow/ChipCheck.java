package vn.tiepdon.ui.flow;

/**
 * Reads the card's chip with the keys from its QR code and checks that it is genuine (passive
 * authentication against the configured CSCA certificates, chip authentication, chip against QR).
 */
public interface ChipCheck {
  /**
   * @param qrCard what {@link CardCheck.Accepted} carried for this card
   * @param cardOnReader what the chip reader holds (a card channel)
   */
  Result read(Object qrCard, Object cardOnReader);

  /** The outcome of one chip read. */
  sealed interface Result {}

  /**
   * Genuine, and it agrees with the QR; the patient as the chip states it. {@code chipFace} is the
   * chip's photo for the face check (held in memory for this session only), or null.
   */
  record Verified(PatientSummary patient, Object chipFace) implements Result {
    public Verified(PatientSummary patient) {
      this(patient, null);
    }

    @Override
    public String toString() {
      return "Verified[" + patient + "]";
    }
  }

  /** The chip could not be read (moved, wrong card, reader fault): try again. */
  record Unreadable() implements Result {}

  /** The chip was read but is not genuine, or disagrees with the QR: staff must check. */
  record NotGenuine() implements Result {}
}
