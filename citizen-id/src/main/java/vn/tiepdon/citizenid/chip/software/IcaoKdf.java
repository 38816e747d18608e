package vn.tiepdon.citizenid.chip.software;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The key derivation function of ICAO Doc 9303 Part 11 (9.7.1): the first 16 bytes of SHA-1 over
 * the shared secret and a 32-bit counter — 1 for encryption, 2 for MAC, 3 for the PACE password
 * key. Two-key 3DES keys get their DES parity bits set, as the standard's worked examples print
 * them.
 */
public final class IcaoKdf {
  public static final int ENC = 1;
  public static final int MAC = 2;
  public static final int PACE = 3;
  private static final int KEY_BYTES = 16;

  private IcaoKdf() {}

  /** A 16-byte two-key 3DES key (K1 ‖ K2) with odd parity, for BAC. */
  public static byte[] desKey(byte[] secret, int counter) {
    byte[] key = derive(secret, counter);
    for (int i = 0; i < key.length; i++) {
      key[i] = withOddParity(key[i]);
    }
    return key;
  }

  /** A 16-byte AES-128 key, for PACE. */
  public static byte[] aes128Key(byte[] secret, int counter) {
    return derive(secret, counter);
  }

  private static byte[] derive(byte[] secret, int counter) {
    MessageDigest sha1 = sha1();
    sha1.update(secret);
    sha1.update(new byte[] {0, 0, 0, (byte) counter});
    return Arrays.copyOf(sha1.digest(), KEY_BYTES);
  }

  private static byte withOddParity(byte b) {
    int value = b & 0xFE;
    return (byte) (Integer.bitCount(value) % 2 == 0 ? value | 1 : value);
  }

  static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-1", e);
    }
  }
}
