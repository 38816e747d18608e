package vn.tiepdon.citizenid;

/**
 * What is wrong with one {@link CardField}; the UI maps these to words, never to exception text.
 */
public enum FieldProblem {
  /** Empty where a value is required. */
  MISSING,
  /** Not the expected number of characters or digits. */
  WRONG_LENGTH,
  /** Expected digits only. */
  NOT_DIGITS,
  /** Not {@code ddMMyyyy}, or not a real calendar date. */
  NOT_A_DATE,
  /** A date after today. */
  IN_FUTURE,
  /** The issue date is not after the date of birth. */
  BEFORE_BIRTH,
  /** The ID's century and year digits give a different birth year. */
  DOES_NOT_MATCH_DATE_OF_BIRTH,
  /** The sex disagrees with the ID's century-and-sex digit. */
  DOES_NOT_MATCH_ID,
  /** Not one of the allowed words (e.g. sex other than {@code Nam}/{@code Nữ}). */
  UNKNOWN_VALUE,
  /** Control characters, or bytes that were not valid UTF-8. */
  BAD_CHARACTERS
}
