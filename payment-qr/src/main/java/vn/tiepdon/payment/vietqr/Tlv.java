package vn.tiepdon.payment.vietqr;

import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.DUPLICATE_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_LENGTH;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.MALFORMED_TAG;
import static vn.tiepdon.payment.vietqr.VietQrDecodeException.Reason.TRUNCATED;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One EMV data object: two-digit ID, two-digit length counted in characters, value.
 *
 * @param tag the ID, 0–99
 * @param path the ID with its parents, e.g. {@code 38.01.00}
 * @param value the value
 * @param position where the object's ID starts in the whole payload
 * @param valuePosition where its value starts in the whole payload
 */
record Tlv(int tag, String path, String value, int position, int valuePosition) {

  static final int HEADER = 4;

  /** Appends {@code value} as an object with ID {@code tag}. */
  static void append(StringBuilder out, int tag, String value) {
    appendTwoDigits(out, tag);
    appendTwoDigits(out, value.length());
    out.append(value);
  }

  private static void appendTwoDigits(StringBuilder out, int n) {
    out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /**
   * Reads a template's objects, in order, keyed by ID.
   *
   * @param text the template's content
   * @param offset where {@code text} starts in the whole payload
   * @param parent the template's path ({@code ""} for the root)
   * @param stopAfter ID after which reading stops (the root's CRC); -1 to read to the end
   */
  static Map<Integer, Tlv> readAll(String text, int offset, String parent, int stopAfter)
      throws VietQrDecodeException {
    Map<Integer, Tlv> objects = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      Tlv tlv = readOne(text, i, offset, parent);
      if (objects.putIfAbsent(tlv.tag, tlv) != null) {
        throw new VietQrDecodeException(
            DUPLICATE_TAG,
            tlv.path,
            tlv.position,
            "ID " + twoDigits(tlv.tag) + " occurs twice in " + templateName(parent));
      }
      i += HEADER + tlv.value.length();
      if (tlv.tag == stopAfter) {
        break;
      }
    }
    return objects;
  }

  /** Reads the object whose ID starts at index {@code i} of {@code text}. */
  private static Tlv readOne(String text, int i, int offset, String parent)
      throws VietQrDecodeException {
    int position = offset + i;
    if (text.length() - i < HEADER) {
      throw new VietQrDecodeException(
          TRUNCATED,
          parent.isEmpty() ? "-" : parent,
          position,
          "an object needs a 4-character ID and length, only "
              + (text.length() - i)
              + " left in "
              + templateName(parent)
              + ": \""
              + text.substring(i)
              + "\"");
    }
    String id = text.substring(i, i + 2);
    if (!isDigits(id)) {
      throw new VietQrDecodeException(
          MALFORMED_TAG,
          parent.isEmpty() ? "-" : parent,
          position,
          "object ID must be two digits, was \"" + id + "\" in " + templateName(parent));
    }
    int tag = Integer.parseInt(id);
    String path = parent.isEmpty() ? id : parent + "." + id;
    String len = text.substring(i + 2, i + 4);
    if (!isDigits(len) || len.equals("00")) {
      throw new VietQrDecodeException(
          MALFORMED_LENGTH, path, position, "length must be 01..99, was \"" + len + "\"");
    }
    int length = Integer.parseInt(len);
    int available = text.length() - i - HEADER;
    if (length > available) {
      throw new VietQrDecodeException(
          TRUNCATED,
          path,
          position,
          "length says "
              + length
              + " characters but only "
              + available
              + " remain in "
              + templateName(parent));
    }
    String value = text.substring(i + HEADER, i + HEADER + length);
    return new Tlv(tag, path, value, position, position + HEADER);
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String twoDigits(int tag) {
    return tag < 10 ? "0" + tag : String.valueOf(tag);
  }

  private static String templateName(String parent) {
    return parent.isEmpty() ? "the payload" : "template " + parent;
  }
}
