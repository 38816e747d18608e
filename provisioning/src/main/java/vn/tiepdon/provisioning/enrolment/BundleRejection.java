package vn.tiepdon.provisioning.enrolment;

/** Why a kiosk refuses an enrolment bundle; the staff screen words each one (vi/en). */
public enum BundleRejection {
  /** Not a bundle file, or a field is missing or wrong; the message names it. */
  MALFORMED,
  /** The bundle carries no signature. */
  UNSIGNED,
  /** The signature is wrong, or made with a key other than the hospital's. */
  BAD_SIGNATURE,
  /** Past its {@code expiresAt}. */
  EXPIRED,
  /** Its {@code issuedAt} is still in the future (or the kiosk's clock is wrong). */
  NOT_YET_VALID,
  /** Made for another kiosk id, or for another key of this kiosk id. */
  OTHER_KIOSK,
  /** Made for another hospital than the one this kiosk belongs to. */
  OTHER_HOSPITAL
}
