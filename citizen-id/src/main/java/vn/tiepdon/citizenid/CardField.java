package vn.tiepdon.citizenid;

import java.util.Locale;

/** The data printed on (and encoded in the QR of) a citizen ID card. */
public enum CardField {
  ID,
  OLD_ID,
  FULL_NAME,
  DATE_OF_BIRTH,
  SEX,
  ADDRESS,
  ISSUE_DATE;

  /** The camelCase name developer messages and JSON output use, e.g. {@code dateOfBirth}. */
  public String key() {
    StringBuilder key = new StringBuilder();
    for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
      key.append(
          key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }
}
