package vn.tiepdon.citizenid.chip.software;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a flat sequence of BER-TLV data objects (one- or two-byte tags, definite lengths), as found
 * in secure messaging and PACE command data.
 */
final class Tlv {
  private Tlv() {}

  /**
   * @throws MalformedApduException naming the offset where the encoding breaks
   */
  static Map<Integer, byte[]> parse(byte[] data) {
    Map<Integer, byte[]> objects = new LinkedHashMap<>();
    int i = 0;
    while (i < data.length) {
      int tag = data[i++] & 0xFF;
      if ((tag & 0x1F) == 0x1F) {
        need(data, i, 1);
        tag = (tag << 8) | (data[i++] & 0xFF);
      }
      need(data, i, 1);
      int length = data[i++] & 0xFF;
      if (length > 0x80) {
        int count = length & 0x7F;
        need(data, i, count);
        length = 0;
        for (int k = 0; k < count; k++) {
          length = (length << 8) | (data[i++] & 0xFF);
        }
      }
      need(data, i, length);
      objects.put(tag, Arrays.copyOfRange(data, i, i + length));
      i += length;
    }
    return objects;
  }

  private static void need(byte[] data, int offset, int count) {
    if (offset + count > data.length) {
      throw new MalformedApduException(
          "TLV needs "
              + count
              + " bytes at offset "
              + offset
              + ", only "
              + data.length
              + " in all");
    }
  }
}
