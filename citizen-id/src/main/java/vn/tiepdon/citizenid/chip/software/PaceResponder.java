package vn.tiepdon.citizenid.chip.software;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The chip's half of PACE with the CAN (Doc 9303 Part 11, 4.4): id-PACE-ECDH-GM-AES-CBC-CMAC-128 on
 * brainpoolP256r1, the protocol the CCCD's EF.CardAccess offers. Four GENERAL AUTHENTICATE steps:
 * encrypted nonce, generic mapping, ephemeral key agreement, mutual authentication tokens.
 */
final class PaceResponder {
  static final String PROTOCOL_OID = "0.4.0.127.0.7.2.2.4.2.2";
  static final int BRAINPOOL_P256R1_ID = 13;
  static final byte CAN_KEY_REFERENCE = 2;
  private static final int NONCE = 16;
  private static final int TOKEN = 8;

  private final byte[] passwordKey;
  private final SecureRandom random;
  private final X9ECParameters curve = TeleTrusTNamedCurves.getByName("brainpoolP256r1");
  private int step;
  private BigInteger nonce;
  private BigInteger mappingKey;
  private ECPoint generator;
  private BigInteger ephemeralKey;
  private ECPoint chipEphemeral;
  private ECPoint terminalEphemeral;

  PaceResponder(String can, SecureRandom random) {
    this.passwordKey = IcaoKdf.aes128Key(can.getBytes(StandardCharsets.US_ASCII), IcaoKdf.PACE);
    this.random = random;
  }

  /** MSE:Set AT chose our protocol, the CAN and our curve: start at step 1. */
  void start() {
    step = 1;
  }

  boolean started() {
    return step > 0;
  }

  /**
   * One GENERAL AUTHENTICATE step; the argument and result are the contents of the 7C template.
   *
   * @return the response data objects, or empty if the step fails (wrong order, bad point, wrong
   *     token); a successful step 4 also yields the secure channel
   */
  Optional<Step> next(byte[] dynamicAuthenticationData) {
    Map<Integer, byte[]> objects = Tlv.parse(dynamicAuthenticationData);
    int current = step;
    step = 0;
    Optional<Step> result =
        switch (current) {
          case 1 -> Optional.of(encryptedNonce());
          case 2 -> point(objects.get(0x81)).map(this::mapGenerator);
          case 3 -> point(objects.get(0x83)).flatMap(this::agreeKeys);
          case 4 -> Optional.ofNullable(objects.get(0x85)).flatMap(this::authenticate);
          default -> Optional.empty();
        };
    if (result.isPresent() && current < 4) {
      step = current + 1;
    }
    return result;
  }

  private Step encryptedNonce() {
    byte[] s = new byte[NONCE];
    random.nextBytes(s);
    nonce = new BigInteger(1, s);
    byte[] z = AesSecureChannel.aesCbc(Cipher.ENCRYPT_MODE, passwordKey, new byte[NONCE], s);
    return new Step(Bytes.tlv(0x80, z), null);
  }

  private Step mapGenerator(ECPoint terminalMappingKey) {
    mappingKey = scalar();
    ECPoint shared = terminalMappingKey.multiply(mappingKey).normalize();
    generator = curve.getG().multiply(nonce).add(shared).normalize();
    return new Step(Bytes.tlv(0x82, curve.getG().multiply(mappingKey).getEncoded(false)), null);
  }

  private Optional<Step> agreeKeys(ECPoint terminalEphemeral) {
    ephemeralKey = scalar();
    chipEphemeral = generator.multiply(ephemeralKey).normalize();
    if (chipEphemeral.equals(terminalEphemeral)) {
      return Optional.empty();
    }
    this.terminalEphemeral = terminalEphemeral;
    return Optional.of(new Step(Bytes.tlv(0x84, chipEphemeral.getEncoded(false)), null));
  }

  private Optional<Step> authenticate(byte[] terminalToken) {
    byte[] sharedSecret =
        terminalEphemeral.multiply(ephemeralKey).normalize().getAffineXCoord().getEncoded();
    byte[] encKey = IcaoKdf.aes128Key(sharedSecret, IcaoKdf.ENC);
    byte[] macKey = IcaoKdf.aes128Key(sharedSecret, IcaoKdf.MAC);
    if (!MessageDigest.isEqual(token(macKey, chipEphemeral), terminalToken)) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(
            Bytes.tlv(0x86, token(macKey, terminalEphemeral)),
            new AesSecureChannel(encKey, macKey)));
  }

  /** The authentication token: CMAC over the other side's public key data object (7F49). */
  static byte[] token(byte[] macKey, ECPoint publicKey) {
    byte[] oid;
    try {
      oid = new ASN1ObjectIdentifier(PROTOCOL_OID).getEncoded();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot encode " + PROTOCOL_OID, e);
    }
    byte[] dataObject =
        Bytes.tlv(0x7F49, Bytes.concat(oid, Bytes.tlv(0x86, publicKey.getEncoded(false))));
    return Arrays.copyOf(AesSecureChannel.cmac(macKey, dataObject), TOKEN);
  }

  private Optional<ECPoint> point(byte[] encoded) {
    if (encoded == null) {
      return Optional.empty();
    }
    try {
      ECPoint p = curve.getCurve().decodePoint(encoded).normalize();
      return p.isValid() && !p.isInfinity() ? Optional.of(p) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private BigInteger scalar() {
    BigInteger n = curve.getN();
    BigInteger k;
    do {
      k = new BigInteger(n.bitLength(), random);
    } while (k.signum() == 0 || k.compareTo(n) >= 0);
    return k;
  }

  /** Response data objects for the 7C template and, after step 4, the new secure channel. */
  record Step(byte[] data, SecureChannel channel) {}
}
