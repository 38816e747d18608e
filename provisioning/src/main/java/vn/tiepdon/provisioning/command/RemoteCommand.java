package vn.tiepdon.provisioning.command;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.tiepdon.provisioning.topic.CommandId;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * A command to one kiosk, before or after its signature: everything the signature covers. The
 * {@code nonce} makes every command unique even with the same id, so a recorded command cannot be
 * played again; {@code expiresAt} bounds how long a kiosk that was offline may still run it.
 */
public record RemoteCommand(
    CommandId id,
    KioskRef target,
    CommandType type,
    ObjectNode args,
    Instant issuedAt,
    Instant expiresAt,
    String nonce,
    String operatorKeyId) {
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public RemoteCommand {
    if (id == null || target == null || type == null || issuedAt == null || expiresAt == null) {
      throw new IllegalArgumentException("id, target, type, issuedAt and expiresAt are required");
    }
    args = args == null ? JsonNodeFactory.instance.objectNode() : args.deepCopy();
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException(
          "expiresAt (" + expiresAt + ") must be after issuedAt (" + issuedAt + ")");
    }
    if (nonce == null || !NONCE.matcher(nonce).matches()) {
      throw new IllegalArgumentException("nonce must be 16-64 base64url characters, was " + nonce);
    }
    if (operatorKeyId == null || !KEY_ID.matcher(operatorKeyId).matches()) {
      throw new IllegalArgumentException(
          "operatorKeyId must be 16 lower-case hex digits, was " + operatorKeyId);
    }
  }

  /** A new command with a fresh random nonce (128 bits), valid from {@code now} for {@code ttl}. */
  public static RemoteCommand issue(
      CommandId id,
      KioskRef target,
      CommandType type,
      ObjectNode args,
      Instant now,
      Duration ttl,
      String operatorKeyId) {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("time to live must be positive, was " + ttl);
    }
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    return new RemoteCommand(
        id,
        target,
        type,
        args,
        now,
        now.plus(ttl),
        Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
        operatorKeyId);
  }

  @Override
  public ObjectNode args() {
    return args.deepCopy();
  }
}
