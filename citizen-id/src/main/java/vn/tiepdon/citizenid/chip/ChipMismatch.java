package vn.tiepdon.citizenid.chip;

import java.util.Objects;
import vn.tiepdon.citizenid.CardField;

/**
 * A field on which the chip and the QR code disagree; a genuine card never has one.
 *
 * @param qrValue the value as the QR states it
 * @param chipValue the value as the chip states it (DG13, or DG1 for the document number)
 */
public record ChipMismatch(CardField field, String qrValue, String chipValue) {
  public ChipMismatch {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(qrValue, "qrValue");
    Objects.requireNonNull(chipValue, "chipValue");
  }

  /** The field only: both values are personal data. */
  @Override
  public String toString() {
    return "ChipMismatch[" + field + "]";
  }
}
