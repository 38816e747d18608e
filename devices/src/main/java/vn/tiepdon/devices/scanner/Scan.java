package vn.tiepdon.devices.scanner;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One whole decoded scan: the text exactly as the scanner sent it (framing removed) and when its
 * last byte arrived. The text is often a CCCD QR string, so {@link #toString()} masks 12-digit runs
 * and never shows the rest of the text.
 */
public record Scan(String text, Instant at) {
  private static final Pattern CITIZEN_ID =
      Pattern.compile("(?<!\\d)(\\d{3})\\d{6}(\\d{3})(?!\\d)");

  public Scan {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }

  @Override
  public String toString() {
    return "Scan[" + text.length() + " chars at " + at + "]";
  }

  /** The text with every 12-digit citizen ID masked as 079******234, for logs and tools. */
  public String maskedText() {
    return CITIZEN_ID.matcher(text).replaceAll("$1******$2");
  }
}
