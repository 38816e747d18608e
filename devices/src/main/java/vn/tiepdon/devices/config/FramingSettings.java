package vn.tiepdon.devices.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import vn.tiepdon.devices.scanner.Framing;

/**
 * How scanner bytes are cut into scans. Give {@code terminator} (CR, LF, CRLF, TAB, ETX, or one
 * byte in hex such as 0x03) or {@code idleGap} (e.g. PT0.08S) for scanners that send no terminator;
 * with neither, CR. {@code stripPrefix}/{@code stripSuffix} (UTF-8 text, YAML escapes such as
 * "\x02" allowed) are removed from a scan when present. {@code maxFrameBytes} defaults to 4096.
 */
public record FramingSettings(
    String terminator,
    Duration idleGap,
    String stripPrefix,
    String stripSuffix,
    Integer maxFrameBytes) {
  public static final FramingSettings DEFAULT = new FramingSettings(null, null, null, null, null);

  public FramingSettings {
    if (terminator != null && terminator.isBlank()) {
      terminator = null;
    }
    if (terminator != null && idleGap != null) {
      throw new IllegalArgumentException(
          "set terminator or idleGap, not both; was terminator '"
              + terminator
              + "' and idleGap "
              + idleGap);
    }
    if (terminator == null && idleGap == null) {
      terminator = "CR";
    }
    if (terminator != null) {
      terminatorBytes(terminator);
    }
    stripPrefix = stripPrefix == null ? "" : stripPrefix;
    stripSuffix = stripSuffix == null ? "" : stripSuffix;
    maxFrameBytes = maxFrameBytes == null ? Framing.DEFAULT_MAX_FRAME_BYTES : maxFrameBytes;
    if (maxFrameBytes < 16 || maxFrameBytes > 65536) {
      throw new IllegalArgumentException("maxFrameBytes must be 16..65536, was " + maxFrameBytes);
    }
    framing(terminator, idleGap, stripPrefix, stripSuffix, maxFrameBytes);
  }

  public Framing framing() {
    return framing(terminator, idleGap, stripPrefix, stripSuffix, maxFrameBytes);
  }

  private static Framing framing(
      String terminator, Duration idleGap, String prefix, String suffix, int max) {
    Framing base;
    if (terminator != null) {
      base = Framing.terminatedBy(terminatorBytes(terminator));
    } else {
      try {
        base = Framing.idleGap(idleGap);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "idleGap must be between PT0.001S and PT10S, was " + idleGap, e);
      }
    }
    return base.withStrip(
            prefix.getBytes(StandardCharsets.UTF_8), suffix.getBytes(StandardCharsets.UTF_8))
        .withMaxFrameBytes(max);
  }

  /** The bytes of a terminator name or hex byte. */
  public static byte[] terminatorBytes(String terminator) {
    String t = terminator.trim().toUpperCase(Locale.ROOT);
    switch (t) {
      case "CR":
        return Framing.CR;
      case "LF":
        return Framing.LF;
      case "CRLF":
        return Framing.CRLF;
      case "TAB":
        return Framing.TAB;
      case "ETX":
        return new byte[] {0x03};
      default:
        if (t.matches("0X[0-9A-F]{1,2}")) {
          return new byte[] {(byte) Integer.parseInt(t.substring(2), 16)};
        }
        throw new IllegalArgumentException(
            "terminator must be CR, LF, CRLF, TAB, ETX or one byte in hex such as 0x03, was '"
                + terminator
                + "'");
    }
  }
}
