package vn.tiepdon.citizenid.chip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Basic Access Control key of ICAO Doc 9303 Part 11: document number, date of birth and date of
 * expiry as printed in the MRZ. On a CCCD the document number is the last 9 digits of the ID.
 *
 * @param documentNumber 9 MRZ characters (digits, A-Z, '<' filler)
 */
public record BacKey(String documentNumber, LocalDate dateOfBirth, LocalDate expiryDate) {
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Z<]{9}");
  private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd");
  private static final int SEED_BYTES = 16;

  public BacKey {
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(expiryDate, "expiryDate");
    if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
      throw new IllegalArgumentException(
          "documentNumber must be 9 MRZ characters (0-9, A-Z, '<'), got "
              + documentNumber.length()
              + " characters");
    }
  }

  /** Date of birth as the MRZ prints it, {@code YYMMDD}. */
  public String birthDateText() {
    return MRZ_DATE.format(dateOfBirth);
  }

  /** Date of expiry as the MRZ prints it, {@code YYMMDD}. */
  public String expiryDateText() {
    return MRZ_DATE.format(expiryDate);
  }

  /** The 24-character "MRZ information": each of the three fields followed by its check digit. */
  public String mrzInformation() {
    return withCheckDigit(documentNumber)
        + withCheckDigit(birthDateText())
        + withCheckDigit(expiryDateText());
  }

  /** K_seed: the first 16 bytes of SHA-1 over the MRZ information (Doc 9303 Part 11, 9.7.2). */
  public byte[] keySeed() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-1")
              .digest(mrzInformation().getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(hash, SEED_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-1", e);
    }
  }

  private static String withCheckDigit(String field) {
    return field + MrzCheckDigit.of(field);
  }

  /** Hides the document number, which is most of the citizen's ID. */
  @Override
  public String toString() {
    return "BacKey[documentNumber=******" + documentNumber.substring(6) + "]";
  }
}
