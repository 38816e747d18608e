package vn.tiepdon.citizenid.chip.software;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Byte-string helpers the chip's protocols share: concatenation, ISO 7816-4 padding, TLV. */
final class Bytes {
  private Bytes() {}

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to a multiple of the block size. */
  static byte[] pad(byte[] data, int blockSize) {
    byte[] padded = Arrays.copyOf(data, (data.length / blockSize + 1) * blockSize);
    padded[data.length] = (byte) 0x80;
    return padded;
  }

  /**
   * @throws IllegalArgumentException if no 0x80 marker ends the data
   */
  static byte[] unpad(byte[] padded) {
    int i = padded.length - 1;
    while (i >= 0 && padded[i] == 0) {
      i--;
    }
    if (i < 0 || padded[i] != (byte) 0x80) {
      throw new IllegalArgumentException("padding marker 0x80 missing");
    }
    return Arrays.copyOf(padded, i);
  }

  /** One BER-TLV with a one- or two-byte tag and a definite length. */
  static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (tag > 0xFF) {
      out.write(tag >> 8);
    }
    out.write(tag & 0xFF);
    writeLength(out, value.length);
    out.writeBytes(value);
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
    } else if (length <= 0xFF) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xFF);
    }
  }

  static byte[] xor(byte[] a, byte[] b) {
    byte[] result = new byte[a.length];
    for (int i = 0; i < a.length; i++) {
      result[i] = (byte) (a[i] ^ b[i]);
    }
    return result;
  }
}
