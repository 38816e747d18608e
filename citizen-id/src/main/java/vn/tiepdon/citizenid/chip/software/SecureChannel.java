package vn.tiepdon.citizenid.chip.software;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import net.sf.scuba.smartcards.CommandAPDU;

/**
 * The chip's side of ICAO 9303 Part 11 secure messaging (section 9.8): it checks and decrypts
 * protected commands and protects responses. The send sequence counter is incremented once per
 * command and once per protected response, as the terminal does.
 */
abstract class SecureChannel {
  private static final int SM_CLA_BITS = 0x0C;
  private static final int MAC_BYTES = 8;

  private byte[] ssc;

  SecureChannel(byte[] initialSsc) {
    this.ssc = initialSsc.clone();
  }

  abstract int blockSize();

  /** The full-length MAC over already padded data; callers keep the first 8 bytes. */
  abstract byte[] mac(byte[] paddedData);

  abstract byte[] encrypt(byte[] ssc, byte[] paddedData);

  abstract byte[] decrypt(byte[] ssc, byte[] cipherText);

  static boolean isProtected(CommandAPDU command) {
    return (command.getCLA() & SM_CLA_BITS) == SM_CLA_BITS;
  }

  /**
   * Checks the MAC and decrypts the data of a protected command.
   *
   * @throws SecureMessagingException if a data object is missing or the MAC is wrong
   */
  CommandAPDU unwrap(CommandAPDU command) {
    increment();
    Map<Integer, byte[]> objects;
    try {
      objects = Tlv.parse(command.getData());
    } catch (MalformedApduException e) {
      throw new SecureMessagingException(e.getMessage());
    }
    // Odd INS (B1) carries BER-TLV data: DO'85, without the padding-indicator byte.
    boolean oddIns = objects.containsKey(0x85);
    byte[] cryptogram = oddIns ? objects.get(0x85) : objects.get(0x87);
    byte[] expectedLength = objects.get(0x97);
    byte[] checksum = objects.get(0x8E);
    if (checksum == null) {
      throw new SecureMessagingException("protected command without DO'8E (MAC)");
    }
    byte[] header = {
      (byte) command.getCLA(),
      (byte) command.getINS(),
      (byte) command.getP1(),
      (byte) command.getP2()
    };
    byte[] macInput =
        Bytes.concat(
            ssc,
            Bytes.pad(header, blockSize()),
            cryptogram == null ? new byte[0] : Bytes.tlv(oddIns ? 0x85 : 0x87, cryptogram),
            expectedLength == null ? new byte[0] : Bytes.tlv(0x97, expectedLength));
    if (!MessageDigest.isEqual(truncatedMac(Bytes.pad(macInput, blockSize())), checksum)) {
      throw new SecureMessagingException("DO'8E MAC does not verify");
    }
    byte[] data =
        cryptogram == null
            ? new byte[0]
            : oddIns ? plainText(Bytes.concat(new byte[] {1}, cryptogram)) : plainText(cryptogram);
    int ne = expectedLength == null ? 0 : expectedLengthOf(expectedLength);
    int cla = command.getCLA() & ~SM_CLA_BITS;
    return ne == 0 && data.length == 0
        ? new CommandAPDU(cla, command.getINS(), command.getP1(), command.getP2())
        : new CommandAPDU(cla, command.getINS(), command.getP1(), command.getP2(), data, ne);
  }

  /** The protected response: DO'87 (if data), DO'99 (status), DO'8E (MAC), then the status. */
  byte[] wrap(byte[] data, int statusWord) {
    return wrap(data, statusWord, false);
  }

  /**
   * @param oddIns the command had an odd INS (B1), whose response data goes in DO'85
   */
  byte[] wrap(byte[] data, int statusWord, boolean oddIns) {
    increment();
    byte[] encrypted = data.length == 0 ? null : encrypt(ssc, Bytes.pad(data, blockSize()));
    byte[] cryptogram =
        encrypted == null
            ? new byte[0]
            : oddIns
                ? Bytes.tlv(0x85, encrypted)
                : Bytes.tlv(0x87, Bytes.concat(new byte[] {1}, encrypted));
    byte[] status = Bytes.tlv(0x99, new byte[] {(byte) (statusWord >> 8), (byte) statusWord});
    byte[] checksum = truncatedMac(Bytes.pad(Bytes.concat(ssc, cryptogram, status), blockSize()));
    return Bytes.concat(
        cryptogram,
        status,
        Bytes.tlv(0x8E, checksum),
        new byte[] {(byte) (statusWord >> 8), (byte) statusWord});
  }

  private byte[] plainText(byte[] cryptogram) {
    if (cryptogram.length < 1 + blockSize() || cryptogram[0] != 1) {
      throw new SecureMessagingException("DO'87 must start with padding indicator 01");
    }
    try {
      return Bytes.unpad(decrypt(ssc, Arrays.copyOfRange(cryptogram, 1, cryptogram.length)));
    } catch (IllegalArgumentException e) {
      throw new SecureMessagingException("DO'87 plain text " + e.getMessage());
    }
  }

  private static int expectedLengthOf(byte[] le) {
    int value = new BigInteger(1, le).intValue();
    if (value == 0) {
      return le.length == 1 ? 256 : 65536;
    }
    return value;
  }

  private byte[] truncatedMac(byte[] paddedData) {
    return Arrays.copyOf(mac(paddedData), MAC_BYTES);
  }

  private void increment() {
    for (int i = ssc.length - 1; i >= 0; i--) {
      if (++ssc[i] != 0) {
        return;
      }
    }
  }

  byte[] ssc() {
    return ssc.clone();
  }
}
