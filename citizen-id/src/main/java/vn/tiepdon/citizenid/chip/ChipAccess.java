package vn.tiepdon.citizenid.chip;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.citizenid.CitizenCard;

/**
 * What opens the card's chip, all derived from the QR (or a typed ID): PACE with the card access
 * number (the last 6 digits of the ID, since the card has none printed) or BAC with the MRZ key.
 *
 * @param documentNumber the last 9 digits of the ID, as in the MRZ
 * @param can the last 6 digits of the ID
 * @param expiryDate empty for a card without expiry, whose MRZ expiry value is not confirmed
 */
public record ChipAccess(
    String documentNumber, String can, LocalDate dateOfBirth, Optional<LocalDate> expiryDate) {

  public ChipAccess {
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(can, "can");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(expiryDate, "expiryDate");
  }

  public static ChipAccess of(CitizenCard card) {
    return new ChipAccess(
        card.id().documentNumber(),
        card.id().cardAccessNumber(),
        card.dateOfBirth(),
        card.expiryDate());
  }

  /** The BAC key, or empty for a card without expiry: use PACE with the CAN instead. */
  public Optional<BacKey> bacKey() {
    return expiryDate.map(expiry -> new BacKey(documentNumber, dateOfBirth, expiry));
  }

  /** Hides the digits, which are part of the citizen's ID. */
  @Override
  public String toString() {
    return "ChipAccess[documentNumber=******"
        + documentNumber.substring(6)
        + ", can=***"
        + can.substring(3)
        + "]";
  }
}
