package vn.tiepdon.ui.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff screen's PIN as configuration holds it: a PBKDF2-HMAC-SHA256 hash, never the digits.
 * Written {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 */
public final class StaffPin {
  private static final Pattern FORMAT =
      Pattern.compile(
          "pbkdf2-sha256\\$(\\d{4,7})\\$([A-Za-z0-9+/=]{16,})\\$([A-Za-z0-9+/=]{43,44})");
  private static final Pattern DIGITS = Pattern.compile("\\d{4,12}");
  private static final int ITERATIONS = 210_000;
  private static final int MIN_ITERATIONS = 10_000;

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private StaffPin(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Reads a configured hash; the message names what is wrong without echoing the value. */
  public static StaffPin parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "pinHash must look like pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
              + " (make one with StaffPin.hash)");
    }
    int iterations = Integer.parseInt(m.group(1));
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException(
          "pinHash iterations must be at least " + MIN_ITERATIONS + ", was " + iterations);
    }
    return new StaffPin(
        iterations, Base64.getDecoder().decode(m.group(2)), Base64.getDecoder().decode(m.group(3)));
  }

  /** Hashes a new PIN of 4 to 12 digits with a random salt. */
  public static String hash(char[] pin, SecureRandom random) {
    requireDigits(pin);
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    byte[] hash = derive(pin, salt, ITERATIONS);
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + Base64.getEncoder().encodeToString(salt)
        + "$"
        + Base64.getEncoder().encodeToString(hash);
  }

  /** Whether {@code pin} is this PIN; compares in constant time. */
  public boolean matches(char[] pin) {
    if (pin == null || !DIGITS.matcher(new String(pin)).matches()) {
      return false;
    }
    return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
  }

  private static void requireDigits(char[] pin) {
    if (pin == null || !DIGITS.matcher(new String(pin)).matches()) {
      throw new IllegalArgumentException("a staff PIN is 4 to 12 digits");
    }
  }

  private static byte[] derive(char[] pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return "StaffPin[pbkdf2-sha256, " + iterations + " iterations]";
  }

  /** Hash of a PIN given as the first argument, for writing configuration files. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StaffPin <4-12 digit PIN>");
      System.exit(2);
    }
    char[] pin = args[0].toCharArray();
    System.out.println(hash(pin, new SecureRandom()));
    Arrays.fill(pin, '0');
  }
}
