package vn.tiepdon.citizenid.chip.software;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Secure messaging after PACE with AES (Doc 9303 Part 11, 9.8.6.2): AES-CBC whose IV is the send
 * sequence counter encrypted under the encryption key, and AES-CMAC. The counter is 16 bytes and
 * starts at zero.
 */
final class AesSecureChannel extends SecureChannel {
  private static final int BLOCK = 16;
  private final byte[] encKey;
  private final byte[] macKey;

  AesSecureChannel(byte[] encKey, byte[] macKey) {
    super(new byte[BLOCK]);
    this.encKey = encKey.clone();
    this.macKey = macKey.clone();
  }

  @Override
  int blockSize() {
    return BLOCK;
  }

  @Override
  byte[] mac(byte[] paddedData) {
    return cmac(macKey, paddedData);
  }

  @Override
  byte[] encrypt(byte[] ssc, byte[] paddedData) {
    return aesCbc(Cipher.ENCRYPT_MODE, encKey, iv(ssc), paddedData);
  }

  @Override
  byte[] decrypt(byte[] ssc, byte[] cipherText) {
    return aesCbc(Cipher.DECRYPT_MODE, encKey, iv(ssc), cipherText);
  }

  private byte[] iv(byte[] ssc) {
    try {
      Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encKey, "AES"));
      return ecb.doFinal(ssc);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-ECB of the send sequence counter failed", e);
    }
  }

  static byte[] cmac(byte[] key, byte[] data) {
    CMac mac = new CMac(AESEngine.newInstance());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[mac.getMacSize()];
    mac.doFinal(out, 0);
    return out;
  }

  static byte[] aesCbc(int mode, byte[] key, byte[] iv, byte[] data) {
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC failed on " + data.length + " bytes", e);
    }
  }
}
