package vn.tiepdon.citizenid.chip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tiepdon.citizenid.CardField;
import vn.tiepdon.citizenid.CitizenCard;

/**
 * Compares what the chip says with what the QR says: ID (DG13 and the MRZ document number), full
 * name (NFC, case and spacing ignored), date of birth and sex.
 */
final class ChipQrCrossCheck {
  private ChipQrCrossCheck() {}

  static List<ChipMismatch> compare(
      CitizenCard qr, ChipCitizenData chip, String mrzDocumentNumber) {
    List<ChipMismatch> mismatches = new ArrayList<>();
    String qrId = qr.id().value();
    if (!qrId.equals(chip.id().value())) {
      mismatches.add(new ChipMismatch(CardField.ID, qrId, chip.id().value()));
    } else if (!qr.id().documentNumber().equals(mrzDocumentNumber)) {
      mismatches.add(new ChipMismatch(CardField.ID, qr.id().documentNumber(), mrzDocumentNumber));
    }
    if (!comparable(qr.fullName()).equals(comparable(chip.fullName()))) {
      mismatches.add(new ChipMismatch(CardField.FULL_NAME, qr.fullName(), chip.fullName()));
    }
    if (!qr.dateOfBirth().equals(chip.dateOfBirth())) {
      mismatches.add(
          new ChipMismatch(
              CardField.DATE_OF_BIRTH, qr.dateOfBirth().toString(), chip.dateOfBirth().toString()));
    }
    if (qr.sex() != chip.sex()) {
      mismatches.add(new ChipMismatch(CardField.SEX, qr.sex().cardText(), chip.sex().cardText()));
    }
    return mismatches;
  }

  private static String comparable(String name) {
    return ChipCitizenData.nfc(name).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
