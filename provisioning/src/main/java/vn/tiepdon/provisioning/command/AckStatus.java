package vn.tiepdon.provisioning.command;

/**
 * The status code of a command acknowledgement. {@code ACCEPTED} comes first for every command that
 * passed the checks, then one final {@code DONE} or {@code FAILED}; a command that did not pass
 * gets one {@code REJECTED_*} and is not run.
 */
public enum AckStatus {
  /** Signature, target, time and nonce are fine; the kiosk is running it. */
  ACCEPTED(false),
  /** It ran; {@code result} may hold its output (logs, screenshot). */
  DONE(true),
  /** It was run and did not work; {@code detail} says why. */
  FAILED(true),
  /** Not JSON, a field missing or of the wrong shape, or the topic and body disagree. */
  REJECTED_MALFORMED(true),
  /** No signature, a wrong signature, or one by a key the bundle does not list. */
  REJECTED_SIGNATURE(true),
  /** Past {@code expiresAt}, not yet valid, or valid for longer than the kiosk allows. */
  REJECTED_EXPIRED(true),
  /** The nonce or the command id was seen before. */
  REJECTED_REPLAY(true),
  /** Addressed to another kiosk or site. */
  REJECTED_TARGET(true),
  /** This kiosk has no handler for the type, or its arguments are wrong. */
  REJECTED_UNSUPPORTED(true);

  private final boolean terminal;

  AckStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether no further ack follows this one. */
  public boolean terminal() {
    return terminal;
  }

  public boolean rejected() {
    return name().startsWith("REJECTED_");
  }
}
