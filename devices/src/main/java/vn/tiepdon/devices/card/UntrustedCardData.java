package vn.tiepdon.devices.card;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Citizen card data that a reader box read by itself and sent over its cable, as a parsed-data box
 * does. Its shape has been checked, but nothing in it is authenticated on the kiosk (no passive
 * authentication, no chip session): it is <em>untrusted</em> and must be treated as a claim, like a
 * typed-in form. Personal data: {@link #toString()} shows only the masked ID; the face image is the
 * caller's copy and {@link #wipe()} zeroes this record's own bytes at the end of a session.
 *
 * @param qrText the card's QR text as the box scanned it, when it sends one
 * @param idNumber the 12-digit personal ID number, digits only (checked)
 * @param sex "Nam" or "Nữ" (checked)
 * @param faceImage the chip photo, JPEG or JPEG 2000 (checked by its signature only)
 */
public record UntrustedCardData(
    Optional<String> qrText,
    String idNumber,
    Optional<String> oldIdNumber,
    String fullName,
    LocalDate dateOfBirth,
    String sex,
    Optional<String> placeOfOrigin,
    String placeOfResidence,
    LocalDate issueDate,
    Optional<LocalDate> expiryDate,
    byte[] faceImage,
    Instant receivedAt) {

  public UntrustedCardData {
    Objects.requireNonNull(qrText, "qrText");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(oldIdNumber, "oldIdNumber");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(placeOfOrigin, "placeOfOrigin");
    Objects.requireNonNull(placeOfResidence, "placeOfResidence");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(faceImage, "faceImage");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (!idNumber.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("idNumber must be 12 digits");
    }
  }

  /** The face image bytes; a copy the caller owns (and should clear when done). */
  @Override
  public byte[] faceImage() {
    return faceImage.clone();
  }

  /** The ID as logs may show it: {@code 079******234}. */
  public String maskedIdNumber() {
    return idNumber.substring(0, 3) + "******" + idNumber.substring(9);
  }

  /** Zeroes this record's face bytes; called when the card is removed or the session ends. */
  public void wipe() {
    Arrays.fill(faceImage, (byte) 0);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "UntrustedCardData[" + maskedIdNumber() + ", face " + faceImage.length + " bytes]";
  }
}
