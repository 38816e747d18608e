package vn.tiepdon.queue.his;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals offline registrations. It comes from the kiosk's PKCS#12 keystore
 * (production) or from configuration as Base64 (demo, tests); it is never written next to the
 * database. {@link #id()} (a SHA-256 prefix, not the key) labels what each row was sealed with.
 */
public final class OutboxKey {
  private static final int BYTES = 32;

  private final SecretKey key;
  private final String id;

  private OutboxKey(byte[] raw) {
    if (raw.length != BYTES) {
      throw new IllegalArgumentException(
          "outbox key must be " + BYTES + " bytes (AES-256), was " + raw.length);
    }
    this.key = new SecretKeySpec(raw, "AES");
    this.id = idOf(raw);
    Arrays.fill(raw, (byte) 0);
  }

  /**
   * A key from configuration text.
   *
   * @throws IllegalArgumentException naming what is wrong (not Base64, wrong length); the message
   *     never echoes the key
   */
  public static OutboxKey fromBase64(String text) {
    Objects.requireNonNull(text, "outbox key");
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("outbox key is not Base64");
    }
    return new OutboxKey(raw);
  }

  /**
   * A secret key entry of a PKCS#12 keystore (create one with {@code keytool -genseckey -keyalg AES
   * -keysize 256 -storetype PKCS12}).
   *
   * @throws IllegalArgumentException when the file is missing, the password is wrong, or the alias
   *     is absent or not an AES key
   */
  public static OutboxKey fromKeyStore(Path file, char[] password, String alias) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(alias, "alias");
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      Key entry = store.getKey(alias, password);
      if (entry == null) {
        throw new IllegalArgumentException("keystore " + file + " has no key '" + alias + "'");
      }
      if (!"AES".equalsIgnoreCase(entry.getAlgorithm())) {
        throw new IllegalArgumentException(
            "key '" + alias + "' in " + file + " is " + entry.getAlgorithm() + ", not AES");
      }
      return new OutboxKey(entry.getEncoded());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("keystore not found: " + file, e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read keystore " + file + " (wrong password or not PKCS#12): " + e.getMessage(),
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read key '" + alias + "' from " + file + ": " + e.getMessage(), e);
    }
  }

  /** A fresh random key (demo kiosks, tests). */
  public static OutboxKey random(SecureRandom random) {
    byte[] raw = new byte[BYTES];
    random.nextBytes(raw);
    return new OutboxKey(raw);
  }

  public String id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  private static String idOf(byte[] raw) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "OutboxKey[" + id + "]";
  }
}
