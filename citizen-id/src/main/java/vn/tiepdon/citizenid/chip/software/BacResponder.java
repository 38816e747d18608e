package vn.tiepdon.citizenid.chip.software;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import vn.tiepdon.citizenid.chip.BacKey;

/**
 * The chip's half of Basic Access Control (Doc 9303 Part 11, 9.7.4): GET CHALLENGE hands out
 * RND.IC; MUTUAL AUTHENTICATE checks the terminal's cryptogram, answers with the chip's, and yields
 * the 3DES session from K_seed = K.IFD xor K.IC.
 */
final class BacResponder {
  private static final int NONCE = 8;
  private static final int KEY_HALF = 16;
  private static final int CRYPTOGRAM = 32;

  private final byte[] kEnc;
  private final byte[] kMac;
  private final SecureRandom random;
  private byte[] rndIc;

  BacResponder(BacKey key, SecureRandom random) {
    byte[] seed = key.keySeed();
    this.kEnc = IcaoKdf.desKey(seed, IcaoKdf.ENC);
    this.kMac = IcaoKdf.desKey(seed, IcaoKdf.MAC);
    this.random = random;
  }

  byte[] challenge() {
    rndIc = new byte[NONCE];
    random.nextBytes(rndIc);
    return rndIc.clone();
  }

  /**
   * @return the chip's cryptogram and the session it opens, or empty if the terminal's key is wrong
   *     or no challenge is pending
   */
  Optional<Authenticated> mutualAuthenticate(byte[] data) {
    byte[] challenge = rndIc;
    rndIc = null;
    if (challenge == null || data.length != CRYPTOGRAM + NONCE) {
      return Optional.empty();
    }
    byte[] eIfd = Arrays.copyOf(data, CRYPTOGRAM);
    byte[] mIfd = Arrays.copyOfRange(data, CRYPTOGRAM, data.length);
    byte[] expectedMac = DesSecureChannel.retailMac(kMac, Bytes.pad(eIfd, NONCE));
    if (!MessageDigest.isEqual(expectedMac, mIfd)) {
      return Optional.empty();
    }
    byte[] s = DesSecureChannel.tripleDes(Cipher.DECRYPT_MODE, kEnc, eIfd);
    byte[] rndIfd = Arrays.copyOf(s, NONCE);
    if (!MessageDigest.isEqual(Arrays.copyOfRange(s, NONCE, 2 * NONCE), challenge)) {
      return Optional.empty();
    }
    byte[] kIfd = Arrays.copyOfRange(s, 2 * NONCE, 2 * NONCE + KEY_HALF);
    byte[] kIc = new byte[KEY_HALF];
    random.nextBytes(kIc);
    return Optional.of(respond(challenge, rndIfd, kIfd, kIc));
  }

  /** The response and session for given nonces and keys: separate so tests can fix them. */
  Authenticated respond(byte[] rndIcValue, byte[] rndIfd, byte[] kIfd, byte[] kIc) {
    byte[] eIc =
        DesSecureChannel.tripleDes(
            Cipher.ENCRYPT_MODE, kEnc, Bytes.concat(rndIcValue, rndIfd, kIc));
    byte[] mIc = DesSecureChannel.retailMac(kMac, Bytes.pad(eIc, NONCE));
    byte[] seed = Bytes.xor(kIfd, kIc);
    byte[] ssc =
        Bytes.concat(Arrays.copyOfRange(rndIcValue, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
    SecureChannel channel =
        new DesSecureChannel(
            IcaoKdf.desKey(seed, IcaoKdf.ENC), IcaoKdf.desKey(seed, IcaoKdf.MAC), ssc);
    return new Authenticated(Bytes.concat(eIc, mIc), channel);
  }

  /** The chip's cryptogram E.IC ‖ M.IC and the secure channel it opens. */
  record Authenticated(byte[] response, SecureChannel channel) {}
}
