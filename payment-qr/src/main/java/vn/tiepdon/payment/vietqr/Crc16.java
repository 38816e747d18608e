package vn.tiepdon.payment.vietqr;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), the checksum
 * of EMVCo tag 63, computed over the UTF-8 bytes of the payload.
 */
final class Crc16 {
  private static final int[] TABLE = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int crc = i << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      TABLE[i] = crc & 0xFFFF;
    }
  }

  private Crc16() {}

  static int of(String text) {
    int crc = 0xFFFF;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ b) & 0xFF]) & 0xFFFF;
    }
    return crc;
  }

  /** Four upper-case hex digits, zero-padded: {@code 0x283} is {@code "0283"}. */
  static String hex(String text) {
    return String.format("%04X", of(text));
  }
}
