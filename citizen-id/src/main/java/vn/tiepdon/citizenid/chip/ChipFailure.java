package vn.tiepdon.citizenid.chip;

/**
 * Why a chip could not be read, for the UI to map to its screens. All but {@link #CLONED} mean
 * "chip unreadable"; a chip that was read but is not genuine is a {@link
 * PassiveAuthentication.Verdict}.
 */
public enum ChipFailure {
  /** The chip refused the key from the QR (PACE or BAC authentication failed). */
  WRONG_KEY,
  /** The card left the reader during the session. */
  CARD_REMOVED,
  /** No reader, the named reader is missing, or no card is on it. */
  NO_READER,
  /**
   * Chip Authentication failed: the chip's files are genuine but it lacks DG14's private key, so it
   * is a copy. Unlike the others, this means "chip not genuine".
   */
  CLONED,
  /** The chip answered, but with files or responses that break the standard. */
  MALFORMED
}
