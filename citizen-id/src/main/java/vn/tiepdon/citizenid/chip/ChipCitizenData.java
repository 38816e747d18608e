package vn.tiepdon.citizenid.chip;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

/**
 * The Vietnamese personal data in DG13, by field number (cccd.md 3.6). Fields 1–4, 9 and 11 are on
 * every card seen; the others may be absent. Text is kept in NFC to compare with the QR.
 *
 * @param expiryDate field 12; empty for a card without expiry (its text is then not a date)
 * @param oldId field 15, the 9-digit CMND (labels for 15 and 16 conflict between sources)
 * @param field16 field 16, meaning not confirmed, kept raw
 */
public record ChipCitizenData(
    CitizenId id,
    String fullName,
    LocalDate dateOfBirth,
    Sex sex,
    Optional<String> nationality,
    Optional<String> ethnicity,
    Optional<String> religion,
    Optional<String> placeOfOrigin,
    String address,
    Optional<String> identifyingMarks,
    LocalDate issueDate,
    Optional<LocalDate> expiryDate,
    Optional<String> fatherName,
    Optional<String> motherName,
    Optional<String> spouseName,
    Optional<String> oldId,
    Optional<String> field16) {

  public ChipCitizenData {
    Objects.requireNonNull(id, "id");
    fullName = nfc(Objects.requireNonNull(fullName, "fullName"));
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(sex, "sex");
    address = nfc(Objects.requireNonNull(address, "address"));
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(expiryDate, "expiryDate");
    nationality = normalised(nationality, "nationality");
    ethnicity = normalised(ethnicity, "ethnicity");
    religion = normalised(religion, "religion");
    placeOfOrigin = normalised(placeOfOrigin, "placeOfOrigin");
    identifyingMarks = normalised(identifyingMarks, "identifyingMarks");
    fatherName = normalised(fatherName, "fatherName");
    motherName = normalised(motherName, "motherName");
    spouseName = normalised(spouseName, "spouseName");
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(field16, "field16");
  }

  private static Optional<String> normalised(Optional<String> text, String name) {
    return Objects.requireNonNull(text, name).map(ChipCitizenData::nfc).filter(t -> !t.isEmpty());
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /** Only the masked ID: DG13 is personal data. */
  @Override
  public String toString() {
    return "ChipCitizenData[id=" + id.masked() + "]";
  }
}
