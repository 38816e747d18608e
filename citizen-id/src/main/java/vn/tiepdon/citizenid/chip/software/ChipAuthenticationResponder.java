package vn.tiepdon.citizenid.chip.software;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.teletrust.TeleTrusTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The chip's half of Chip Authentication (id-CA-ECDH-AES-CBC-CMAC-128, the protocol CCCDs list):
 * MSE:Set AT names the protocol, GENERAL AUTHENTICATE brings the terminal's ephemeral key, and both
 * sides restart AES secure messaging with keys from the ECDH secret of that key and the chip's
 * static key, whose public half DG14 carries. Only a chip holding the private key can continue, so
 * a copy of the files (a clone) fails here. Keys are derived as JMRTD 0.8.6 does (no CA nonce).
 */
final class ChipAuthenticationResponder {
  static final String PROTOCOL_OID = "0.4.0.127.0.7.2.2.3.2.2";

  private final X9ECParameters curve = TeleTrusTNamedCurves.getByName("brainpoolP256r1");
  private final BigInteger privateKey;
  private boolean started;

  ChipAuthenticationResponder(BigInteger privateKey) {
    this.privateKey = privateKey;
  }

  void start() {
    started = true;
  }

  boolean started() {
    return started;
  }

  /**
   * @param dynamicAuthenticationData the contents of the 7C template: 80 ephemeral public key
   * @return the new secure channel, or empty if the key is missing or not on the curve
   */
  Optional<SecureChannel> agree(byte[] dynamicAuthenticationData) {
    started = false;
    Map<Integer, byte[]> objects = Tlv.parse(dynamicAuthenticationData);
    byte[] encoded = objects.get(0x80);
    if (encoded == null) {
      return Optional.empty();
    }
    ECPoint terminalKey;
    try {
      terminalKey = curve.getCurve().decodePoint(encoded).normalize();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!terminalKey.isValid() || terminalKey.isInfinity()) {
      return Optional.empty();
    }
    byte[] secret = terminalKey.multiply(privateKey).normalize().getAffineXCoord().getEncoded();
    return Optional.of(
        new AesSecureChannel(
            IcaoKdf.aes128Key(secret, IcaoKdf.ENC), IcaoKdf.aes128Key(secret, IcaoKdf.MAC)));
  }
}
