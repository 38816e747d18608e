package vn.tiepdon.provisioning.enrolment;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Puts scanned {@link BundleQrCodes} chunks back together, in any order, repeats ignored. Not
 * thread-safe: one scanner feeds it. A chunk of another bundle is refused without losing the chunks
 * already taken.
 */
public final class BundleQrAssembler {
  private static final Pattern CHUNK =
      Pattern.compile("TDB([1-9][0-9]{0,2})/([1-9][0-9]{0,2}):([0-9a-f]{8}):([A-Za-z0-9_-]+)");

  private final Map<Integer, String> parts = new TreeMap<>();
  private int total;
  private String checksum;

  /** Progress after one scan. */
  public record Progress(int received, int total) {
    public boolean complete() {
      return received == total;
    }
  }

  /**
   * Takes one scanned text.
   *
   * @throws BundleRejectedException MALFORMED for a text that is not a chunk, or that belongs to
   *     another bundle than the chunks before it
   */
  public Progress add(String scanned) {
    Matcher m = CHUNK.matcher(scanned == null ? "" : scanned.strip());
    if (!m.matches()) {
      throw BundleCodec.malformed("not a bundle QR code (expected TDB{i}/{n}:{checksum}:{data})");
    }
    int index = Integer.parseInt(m.group(1));
    int count = Integer.parseInt(m.group(2));
    if (index > count) {
      throw BundleCodec.malformed("bundle QR code " + index + "/" + count + " cannot exist");
    }
    if (checksum != null && (!checksum.equals(m.group(3)) || total != count)) {
      throw BundleCodec.malformed(
          "QR code "
              + index
              + "/"
              + count
              + " belongs to another bundle (checksum "
              + m.group(3)
              + ", this sequence is "
              + checksum
              + " of "
              + total
              + "); scan the codes of one bundle");
    }
    checksum = m.group(3);
    total = count;
    parts.putIfAbsent(index, m.group(4));
    return progress();
  }

  public Progress progress() {
    return new Progress(parts.size(), total);
  }

  /** The numbers of the chunks still missing, for the staff screen ("scan 2, 5"). */
  public java.util.List<Integer> missing() {
    java.util.List<Integer> missing = new java.util.ArrayList<>();
    for (int i = 1; i <= total; i++) {
      if (!parts.containsKey(i)) {
        missing.add(i);
      }
    }
    return missing;
  }

  /**
   * The bundle file, once every chunk is in.
   *
   * @throws IllegalStateException if chunks are missing
   * @throws BundleRejectedException MALFORMED if the whole does not match its checksum
   */
  public byte[] bundleFile() {
    if (total == 0 || parts.size() != total) {
      throw new IllegalStateException("bundle QR codes missing: " + missing());
    }
    byte[] deflated;
    try {
      deflated = Base64.getUrlDecoder().decode(String.join("", parts.values()));
    } catch (IllegalArgumentException e) {
      throw BundleCodec.malformed("bundle QR codes do not join into base64url");
    }
    if (!BundleQrCodes.checksum(deflated).equals(checksum)) {
      throw BundleCodec.malformed(
          "bundle QR codes joined do not match their checksum " + checksum + "; scan them again");
    }
    return inflate(deflated);
  }

  private static byte[] inflate(byte[] deflated) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw BundleCodec.malformed("bundle QR data is cut short");
        }
        out.write(buffer, 0, n);
        if (out.size() > SignedBundle.MAX_BYTES) {
          throw BundleCodec.malformed(
              "bundle QR data unpacks to more than " + SignedBundle.MAX_BYTES + " bytes");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw BundleCodec.malformed("bundle QR data is not deflate data: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
