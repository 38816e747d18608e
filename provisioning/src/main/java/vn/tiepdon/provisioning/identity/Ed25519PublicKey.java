package vn.tiepdon.provisioning.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 public key as people and files exchange it: the raw 32 bytes in base64url without
 * padding (43 characters). Its {@link #keyId()} is the first 8 bytes of the SHA-256 of those 32
 * bytes, in hex: short enough to print, long enough to tell an operator's key from another's.
 */
public record Ed25519PublicKey(PublicKey key) {
  /** The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the raw key. */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private static final int RAW_LENGTH = 32;

  public Ed25519PublicKey {
    if (key == null) {
      throw new IllegalArgumentException("public key is required");
    }
    byte[] encoded = key.getEncoded();
    if (!"X.509".equals(key.getFormat())
        || encoded == null
        || encoded.length != X509_PREFIX.length + RAW_LENGTH
        || !Arrays.equals(X509_PREFIX, Arrays.copyOf(encoded, X509_PREFIX.length))) {
      throw new IllegalArgumentException(
          "public key must be an Ed25519 key, was " + key.getAlgorithm());
    }
  }

  /** Reads the 43-character base64url text; the message says what is wrong with it. */
  public static Ed25519PublicKey parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("public key is empty");
    }
    String trimmed = text.strip();
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "public key must be base64url (A-Z a-z 0-9 - _), was '" + abbreviate(trimmed) + "'", e);
    }
    if (raw.length != RAW_LENGTH) {
      throw new IllegalArgumentException(
          "public key must be 32 bytes (43 base64url characters), was " + raw.length + " bytes");
    }
    byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_LENGTH);
    System.arraycopy(raw, 0, der, X509_PREFIX.length, RAW_LENGTH);
    try {
      return new Ed25519PublicKey(
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("public key is not a valid Ed25519 key", e);
    }
  }

  /** The raw 32 bytes. */
  public byte[] raw() {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
  }

  /** The 43-character base64url text. */
  public String text() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw());
  }

  /** 16 hex digits naming this key, e.g. in a signature block or a command's operatorKeyId. */
  public String keyId() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether {@code signature} is this key's Ed25519 signature over {@code data}. */
  public boolean verifies(byte[] data, byte[] signature) {
    return Ed25519.verify(key, data, signature);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ed25519PublicKey that && Arrays.equals(raw(), that.raw());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(raw());
  }

  @Override
  public String toString() {
    return "Ed25519PublicKey[" + keyId() + "]";
  }

  private static String abbreviate(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "..." : text;
  }
}
