package vn.tiepdon.citizenid.chip.software;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.params.KeyParameter;

/** Secure messaging after BAC: two-key 3DES in CBC mode with a zero IV, ISO 9797-1 MAC 3. */
final class DesSecureChannel extends SecureChannel {
  private static final int BLOCK = 8;
  private final byte[] encKey;
  private final byte[] macKey;

  /**
   * @param encKey 16-byte K1 ‖ K2
   * @param macKey 16-byte K1 ‖ K2
   */
  DesSecureChannel(byte[] encKey, byte[] macKey, byte[] ssc) {
    super(ssc);
    this.encKey = encKey.clone();
    this.macKey = macKey.clone();
  }

  @Override
  int blockSize() {
    return BLOCK;
  }

  @Override
  byte[] mac(byte[] paddedData) {
    return retailMac(macKey, paddedData);
  }

  @Override
  byte[] encrypt(byte[] ssc, byte[] paddedData) {
    return tripleDes(Cipher.ENCRYPT_MODE, encKey, paddedData);
  }

  @Override
  byte[] decrypt(byte[] ssc, byte[] cipherText) {
    return tripleDes(Cipher.DECRYPT_MODE, encKey, cipherText);
  }

  /** ISO/IEC 9797-1 MAC algorithm 3 with DES over data that is already padded. */
  static byte[] retailMac(byte[] key16, byte[] paddedData) {
    ISO9797Alg3Mac mac = new ISO9797Alg3Mac(new DESEngine());
    mac.init(new KeyParameter(key16));
    mac.update(paddedData, 0, paddedData.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }

  /** 3DES-CBC with a zero IV, on data that is a whole number of blocks. */
  static byte[] tripleDes(int mode, byte[] key16, byte[] data) {
    try {
      byte[] key24 = Bytes.concat(key16, java.util.Arrays.copyOf(key16, BLOCK));
      Cipher cipher = Cipher.getInstance("DESede/CBC/NoPadding");
      cipher.init(mode, new SecretKeySpec(key24, "DESede"), new IvParameterSpec(new byte[BLOCK]));
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("3DES-CBC failed on " + data.length + " bytes", e);
    }
  }
}
