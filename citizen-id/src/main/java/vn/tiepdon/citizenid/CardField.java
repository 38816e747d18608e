package vn.tiepdon.citizenid;

/** The data printed on (and encoded in the QR of) a citizen ID card. */
public enum CardField {
  ID,
  OLD_ID,
  FULL_NAME,
  DATE_OF_BIRTH,
  SEX,
  ADDRESS,
  ISSUE_DATE
}
