package vn.tiepdon.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC in lower-case hex, and a comparison that takes the same time wherever they differ. */
final class Hmac {
  private Hmac() {}

  static String hex(String algorithm, String key, byte[] message) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return HexFormat.of().formatHex(mac.doFinal(message));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java 17 runtime", e);
    }
  }

  static String hex(String algorithm, String key, String message) {
    return hex(algorithm, key, message.getBytes(StandardCharsets.UTF_8));
  }

  /** Constant-time equality of two hex strings, ignoring case. */
  static boolean sameHex(String expected, String actual) {
    if (actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
        actual.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }
}
