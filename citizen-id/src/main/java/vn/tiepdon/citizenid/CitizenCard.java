package vn.tiepdon.citizenid;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a citizen ID card says about its holder, whichever way it was read (QR now, chip later).
 * Construction enforces the rules that need no clock: the ID's birth year and sex agree with the
 * card, the old CMND has 9 or 12 digits, the name is present, the card was issued after birth.
 * Names and addresses are stored in NFC so that cards read different ways compare equal.
 *
 * @param expiryDate empty for a card without expiry (issued at 58 or later)
 * @throws InvalidCardException naming the field and the problem
 */
public record CitizenCard(
    CitizenId id,
    Optional<String> oldId,
    String fullName,
    LocalDate dateOfBirth,
    Sex sex,
    String address,
    LocalDate issueDate,
    CardType cardType,
    Optional<LocalDate> expiryDate) {

  public CitizenCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(cardType, "cardType");
    Objects.requireNonNull(expiryDate, "expiryDate");
    fullName = CardText.normalised(fullName);
    address = CardText.normalised(address);
    oldId.ifPresent(CitizenCard::checkOldId);
    checkText(CardField.FULL_NAME, "fullName", fullName);
    checkText(CardField.ADDRESS, "address", address);
    checkName(fullName);
    checkIdAgrees(id, dateOfBirth, sex);
    if (!issueDate.isAfter(dateOfBirth)) {
      throw new InvalidCardException(
          CardField.ISSUE_DATE,
          FieldProblem.BEFORE_BIRTH,
          "issueDate must be after dateOfBirth " + dateOfBirth + ", was " + issueDate);
    }
  }

  /** A card whose expiry is the one the law gives it ({@link CardExpiry}). */
  public static CitizenCard withLawfulExpiry(
      CitizenId id,
      Optional<String> oldId,
      String fullName,
      LocalDate dateOfBirth,
      Sex sex,
      String address,
      LocalDate issueDate,
      CardType cardType) {
    return new CitizenCard(
        id,
        oldId,
        fullName,
        dateOfBirth,
        sex,
        address,
        issueDate,
        cardType,
        CardExpiry.of(cardType, dateOfBirth, issueDate));
  }

  /** Whether the card has expired on {@code date} (it is valid through its expiry date). */
  public boolean expiredOn(LocalDate date) {
    return expiryDate.map(date::isAfter).orElse(false);
  }

  private static void checkOldId(String oldId) {
    if (oldId.length() != 9 && oldId.length() != 12) {
      throw new InvalidCardException(
          CardField.OLD_ID,
          FieldProblem.WRONG_LENGTH,
          "oldId must be empty, 9 or 12 digits, got " + oldId.length() + " characters");
    }
    if (!oldId.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidCardException(
          CardField.OLD_ID, FieldProblem.NOT_DIGITS, "oldId must be digits only");
    }
  }

  private static void checkText(CardField field, String name, String text) {
    int index = CardText.firstBadCharacter(text);
    if (index >= 0) {
      throw badCharacter(
          field, name + " has a control, formatting or undecodable character", text, index);
    }
  }

  private static void checkName(String fullName) {
    if (fullName.isEmpty()) {
      throw new InvalidCardException(
          CardField.FULL_NAME, FieldProblem.MISSING, "fullName is empty");
    }
    int index = CardText.firstNonNameCharacter(fullName);
    if (index >= 0) {
      throw badCharacter(
          CardField.FULL_NAME,
          "fullName may hold only letters, spaces, '-', ''' and '.', found",
          fullName,
          index);
    }
  }

  private static InvalidCardException badCharacter(
      CardField field, String what, String text, int index) {
    return new InvalidCardException(
        field,
        FieldProblem.BAD_CHARACTERS,
        String.format("%s U+%04X at position %d", what, text.codePointAt(index), index + 1));
  }

  private static void checkIdAgrees(CitizenId id, LocalDate dateOfBirth, Sex sex) {
    if (id.birthYear() != dateOfBirth.getYear()) {
      throw new InvalidCardException(
          CardField.ID,
          FieldProblem.DOES_NOT_MATCH_DATE_OF_BIRTH,
          "id "
              + id.masked()
              + " encodes birth year "
              + id.birthYear()
              + " but dateOfBirth is "
              + dateOfBirth);
    }
    if (id.sex() != sex) {
      throw new InvalidCardException(
          CardField.SEX,
          FieldProblem.DOES_NOT_MATCH_ID,
          "sex is " + sex + " but id " + id.masked() + " encodes " + id.sex());
    }
  }

  /**
   * Only the masked ID and the card's type and dates: names, addresses and old IDs stay out of
   * logs.
   */
  @Override
  public String toString() {
    return "CitizenCard[id="
        + id.masked()
        + ", cardType="
        + cardType
        + ", issueDate="
        + issueDate
        + ", expiryDate="
        + expiryDate.map(LocalDate::toString).orElse("none")
        + "]";
  }
}
