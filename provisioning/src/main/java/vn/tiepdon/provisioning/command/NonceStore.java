package vn.tiepdon.provisioning.command;

import java.time.Instant;
import vn.tiepdon.provisioning.topic.CommandId;

/**
 * Remembers which commands a kiosk has taken, so a recorded command cannot be played again. It must
 * survive restarts (the kiosk's adapter is SQLite). A nonce may be forgotten once its command has
 * expired, because an expired command is refused anyway.
 */
public interface NonceStore {
  /**
   * Records the nonce and the command id; returns false, recording nothing, if either was seen.
   * Atomic: two deliveries of one command at once record it once.
   */
  boolean firstUse(String nonce, CommandId id, Instant expiresAt, Instant now);

  /** Forgets nonces whose commands expired before {@code before}; returns how many. */
  int forgetExpired(Instant before);
}
