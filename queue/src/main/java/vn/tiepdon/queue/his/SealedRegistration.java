package vn.tiepdon.queue.his;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.TicketId;

/**
 * A visit registration waiting for the HIS, encrypted ({@link RegistrationSealer}): the only form
 * in which personal data of an offline registration is ever stored.
 *
 * @param sealed nonce and AES-GCM ciphertext with its tag
 * @param keyId which key sealed it, so a rotated key is reported instead of failing to decrypt
 */
public record SealedRegistration(
    RequestKey key, TicketId ticket, String keyId, byte[] sealed, Instant createdAt, int attempts) {
  public SealedRegistration {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(sealed, "sealed");
    Objects.requireNonNull(createdAt, "createdAt");
    sealed = sealed.clone();
  }

  @Override
  public byte[] sealed() {
    return sealed.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedRegistration s
        && key.equals(s.key)
        && ticket.equals(s.ticket)
        && keyId.equals(s.keyId)
        && java.util.Arrays.equals(sealed, s.sealed)
        && createdAt.equals(s.createdAt)
        && attempts == s.attempts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, ticket, keyId, java.util.Arrays.hashCode(sealed), createdAt, attempts);
  }

  @Override
  public String toString() {
    return "SealedRegistration[" + key + ", " + sealed.length + " bytes, key " + keyId + "]";
  }
}
