package vn.tiepdon.queue.his;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.TicketId;

/**
 * Encrypts a {@link VisitRequest} for the outbox with AES-256-GCM: a fresh 96-bit nonce per row, a
 * 128-bit tag, and the request key as associated data, so a row's ciphertext cannot be moved to
 * another row unnoticed. The plaintext is a small versioned binary record (JDK data streams): seven
 * fields do not warrant a serialisation library.
 */
public final class RegistrationSealer {
  private static final String CIPHER = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte FORMAT_VERSION = 1;

  private final OutboxKey key;
  private final SecureRandom random;

  public RegistrationSealer(OutboxKey key, SecureRandom random) {
    this.key = Objects.requireNonNull(key, "key");
    this.random = Objects.requireNonNull(random, "random");
  }

  public SealedRegistration seal(VisitRequest request, TicketId ticket, Instant now) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad(request.key()));
      byte[] body = cipher.doFinal(plaintext(request));
      byte[] sealed = ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array();
      return new SealedRegistration(request.key(), ticket, key.id(), sealed, now, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable: " + e.getMessage(), e);
    }
  }

  /**
   * Decrypts a row.
   *
   * @throws UnreadableRegistrationException when the row was sealed with another key, or was
   *     altered
   */
  public VisitRequest open(SealedRegistration row) {
    if (!row.keyId().equals(key.id())) {
      throw new UnreadableRegistrationException(
          row.key(), "sealed with key " + row.keyId() + ", the kiosk now has key " + key.id());
    }
    byte[] sealed = row.sealed();
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new UnreadableRegistrationException(row.key(), "too short to be sealed");
    }
    try {
      Cipher cipher = Cipher.getInstance(CIPHER);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secretKey(),
          new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(aad(row.key()));
      byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      VisitRequest request = parse(plain);
      if (!request.key().equals(row.key())) {
        throw new UnreadableRegistrationException(row.key(), "holds another request");
      }
      return request;
    } catch (javax.crypto.AEADBadTagException e) {
      throw new UnreadableRegistrationException(row.key(), "authentication tag does not match");
    } catch (GeneralSecurityException e) {
      throw new UnreadableRegistrationException(row.key(), e.getMessage());
    }
  }

  private static byte[] aad(RequestKey key) {
    return ("tiepdon-his-outbox-v1|" + key.value()).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] plaintext(VisitRequest r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT_VERSION);
      out.writeUTF(r.key().value());
      out.writeUTF(r.site().value());
      out.writeUTF(r.service().value());
      out.writeUTF(r.patient().citizenId().value());
      out.writeUTF(r.patient().fullName());
      out.writeUTF(r.patient().birthDate().toString());
      out.writeUTF(r.patient().sex().name());
      out.writeLong(r.requestedAt().toEpochMilli());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static VisitRequest parse(byte[] plain) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      byte version = in.readByte();
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException("unknown outbox record version " + version);
      }
      RequestKey key = RequestKey.of(in.readUTF());
      SiteId site = SiteId.of(in.readUTF());
      ServiceCode service = ServiceCode.of(in.readUTF());
      PatientDetails patient =
          new PatientDetails(
              CitizenId.of(in.readUTF()),
              in.readUTF(),
              LocalDate.parse(in.readUTF()),
              Sex.valueOf(in.readUTF()));
      Instant at = Instant.ofEpochMilli(in.readLong());
      return new VisitRequest(key, site, service, patient, at);
    } catch (IOException e) {
      throw new IllegalArgumentException("outbox record is truncated", e);
    }
  }
}
