package vn.tiepdon.citizenid.chip;

/**
 * Whether the chip proved it holds the private key of its DG14 (a failure is {@link
 * ChipFailure#CLONED}).
 */
public enum ChipAuthentication {
  /** The chip restarted secure messaging with keys from its DG14 key: not a clone. */
  PASSED,
  /** No DG14 (or no Chip Authentication key in it): clones cannot be told apart. */
  NOT_OFFERED
}
