package vn.tiepdon.provisioning.enrolment;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Cuts a bundle file into a sequence of QR texts for a kiosk without a USB port at hand: the file
 * is deflated, base64url-encoded and cut into chunks {@code TDB{i}/{n}:{checksum}:{data}}, where
 * the checksum is the first 8 hex digits of the SHA-256 of the deflated bytes. Every chunk carries
 * it, so chunks of two bundles never mix; {@link BundleQrAssembler} takes them in any order.
 */
public final class BundleQrCodes {
  public static final String PREFIX = "TDB";

  /** Data characters per chunk by default: a QR code of version ~20 at level M, easy to scan. */
  public static final int DEFAULT_CHUNK = 400;

  private BundleQrCodes() {}

  public static List<String> split(byte[] bundleFile, int chunkChars) {
    if (chunkChars < 32 || chunkChars > 2000) {
      throw new IllegalArgumentException(
          "chunk size must be 32-2000 characters, was " + chunkChars);
    }
    byte[] deflated = deflate(bundleFile);
    String data = Base64.getUrlEncoder().withoutPadding().encodeToString(deflated);
    String checksum = checksum(deflated);
    int total = Math.max(1, (data.length() + chunkChars - 1) / chunkChars);
    if (total > 999) {
      throw new IllegalArgumentException("bundle needs " + total + " QR codes, more than 999");
    }
    List<String> chunks = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      String part = data.substring(i * chunkChars, Math.min(data.length(), (i + 1) * chunkChars));
      chunks.add(PREFIX + (i + 1) + "/" + total + ":" + checksum + ":" + part);
    }
    return chunks;
  }

  static String checksum(byte[] deflated) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(deflated), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
