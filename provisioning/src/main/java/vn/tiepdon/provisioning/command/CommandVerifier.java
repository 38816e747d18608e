package vn.tiepdon.provisioning.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Decides whether a kiosk runs a received command. In order: it must be readable, signed by an
 * operator key from the enrolment bundle, addressed to this kiosk, within its validity window (with
 * a small allowance for clock skew, and never valid for longer than {@code maxLifetime}), and new:
 * its nonce and id never seen before. The nonce is recorded only for commands whose signature is
 * good, so a forger cannot use up real nonces.
 */
public final class CommandVerifier {
  /** How far the operator's clock may be ahead of the kiosk's. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /** How long after its expiry a command's nonce is still remembered. */
  public static final Duration NONCE_RETENTION = Duration.ofDays(1);

  private final KioskRef self;
  private final OperatorKeys operators;
  private final NonceStore nonces;
  private final Clock clock;
  private final Duration maxLifetime;
  private final CommandCodec codec = new CommandCodec();

  public CommandVerifier(
      KioskRef self, OperatorKeys operators, NonceStore nonces, Clock clock, Duration maxLifetime) {
    if (self == null || operators == null || nonces == null || clock == null) {
      throw new IllegalArgumentException("self, operators, nonces and clock are required");
    }
    if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
      throw new IllegalArgumentException("maxLifetime must be positive, was " + maxLifetime);
    }
    this.self = self;
    this.operators = operators;
    this.nonces = nonces;
    this.clock = clock;
    this.maxLifetime = maxLifetime;
  }

  public Verdict check(byte[] payload) {
    SignedCommand received;
    try {
      received = codec.decode(payload);
    } catch (MalformedCommandException e) {
      return reject(AckStatus.REJECTED_MALFORMED, e.getMessage(), null);
    }
    return check(received);
  }

  public Verdict check(SignedCommand received) {
    RemoteCommand command = received.command();
    if (!received.signed()) {
      return reject(AckStatus.REJECTED_SIGNATURE, "command is not signed", command);
    }
    Optional<Ed25519PublicKey> key = operators.find(command.operatorKeyId());
    if (key.isEmpty()) {
      return reject(
          AckStatus.REJECTED_SIGNATURE,
          "operator key " + command.operatorKeyId() + " is not listed in this kiosk's bundle",
          command);
    }
    if (!key.get().verifies(received.signedBytes(), received.signature())) {
      return reject(
          AckStatus.REJECTED_SIGNATURE,
          "signature does not match operator key " + command.operatorKeyId(),
          command);
    }
    if (!command.target().equals(self)) {
      return reject(
          AckStatus.REJECTED_TARGET,
          "command is for " + command.target() + ", this kiosk is " + self,
          command);
    }
    Instant now = clock.instant();
    if (!now.isBefore(command.expiresAt())) {
      return reject(
          AckStatus.REJECTED_EXPIRED,
          "command expired at " + command.expiresAt() + ", kiosk time " + now,
          command);
    }
    if (command.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
      return reject(
          AckStatus.REJECTED_EXPIRED,
          "command is not valid before " + command.issuedAt() + ", kiosk time " + now,
          command);
    }
    Duration lifetime = Duration.between(command.issuedAt(), command.expiresAt());
    if (lifetime.compareTo(maxLifetime) > 0) {
      return reject(
          AckStatus.REJECTED_EXPIRED,
          "command is valid for " + lifetime + ", this kiosk allows at most " + maxLifetime,
          command);
    }
    if (!nonces.firstUse(command.nonce(), command.id(), command.expiresAt(), now)) {
      return reject(
          AckStatus.REJECTED_REPLAY,
          "command " + command.id() + " or its nonce was already received",
          command);
    }
    // Commands are rare; forgetting here keeps the table small without a scheduler. A day's margin
    // covers a kiosk clock that is corrected backwards.
    nonces.forgetExpired(now.minus(NONCE_RETENTION));
    return new Verdict.Accepted(received);
  }

  private static Verdict reject(AckStatus status, String detail, RemoteCommand command) {
    return new Verdict.Rejected(status, detail, Optional.ofNullable(command));
  }
}
