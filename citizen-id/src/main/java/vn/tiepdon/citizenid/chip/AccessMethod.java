package vn.tiepdon.citizenid.chip;

/** How the secure channel to the chip was opened. */
public enum AccessMethod {
  /** PACE with the card access number (last 6 digits of the ID), AES secure messaging. */
  PACE,
  /** Basic Access Control with the MRZ key, 3DES secure messaging. */
  BAC
}
