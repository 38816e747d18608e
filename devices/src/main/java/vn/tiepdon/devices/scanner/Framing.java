package vn.tiepdon.devices.scanner;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * How a byte stream from a scanner is cut into frames: either at a terminator (CR, LF, CRLF, TAB or
 * any byte sequence), or, for scanners that send no terminator, after an idle gap with no bytes.
 * Optional prefix and suffix bytes are stripped from each frame when present; a frame longer than
 * {@code maxFrameBytes} is dropped and reported.
 */
public final class Framing {
  public static final byte[] CR = {'\r'};
  public static final byte[] LF = {'\n'};
  public static final byte[] CRLF = {'\r', '\n'};
  public static final byte[] TAB = {'\t'};

  /** Room for an 11-field Căn cước QR (≈ 300 bytes) many times over. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 4096;

  private final byte[] terminator;
  private final Duration idleGap;
  private final byte[] stripPrefix;
  private final byte[] stripSuffix;
  private final int maxFrameBytes;

  private Framing(
      byte[] terminator,
      Duration idleGap,
      byte[] stripPrefix,
      byte[] stripSuffix,
      int maxFrameBytes) {
    if (maxFrameBytes < 1) {
      throw new IllegalArgumentException("maxFrameBytes must be >= 1, was " + maxFrameBytes);
    }
    this.terminator = terminator;
    this.idleGap = idleGap;
    this.stripPrefix = stripPrefix;
    this.stripSuffix = stripSuffix;
    this.maxFrameBytes = maxFrameBytes;
  }

  /** Frames end at {@code terminator}, which is not part of the frame. */
  public static Framing terminatedBy(byte[] terminator) {
    Objects.requireNonNull(terminator, "terminator");
    if (terminator.length == 0 || terminator.length > 4) {
      throw new IllegalArgumentException(
          "terminator must be 1 to 4 bytes, was " + terminator.length + " bytes");
    }
    return new Framing(terminator.clone(), null, new byte[0], new byte[0], DEFAULT_MAX_FRAME_BYTES);
  }

  /** Frames end when no byte has arrived for {@code gap}. */
  public static Framing idleGap(Duration gap) {
    Objects.requireNonNull(gap, "gap");
    if (gap.compareTo(Duration.ofMillis(1)) < 0 || gap.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("idleGap must be between 1 ms and 10 s, was " + gap);
    }
    return new Framing(null, gap, new byte[0], new byte[0], DEFAULT_MAX_FRAME_BYTES);
  }

  public Framing withStrip(byte[] prefix, byte[] suffix) {
    return new Framing(terminator, idleGap, prefix.clone(), suffix.clone(), maxFrameBytes);
  }

  public Framing withMaxFrameBytes(int max) {
    return new Framing(terminator, idleGap, stripPrefix, stripSuffix, max);
  }

  public boolean usesTerminator() {
    return terminator != null;
  }

  public Optional<byte[]> terminator() {
    return Optional.ofNullable(terminator).map(byte[]::clone);
  }

  public Optional<Duration> idleGap() {
    return Optional.ofNullable(idleGap);
  }

  public byte[] stripPrefix() {
    return stripPrefix.clone();
  }

  public byte[] stripSuffix() {
    return stripSuffix.clone();
  }

  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Framing f
        && Arrays.equals(terminator, f.terminator)
        && Objects.equals(idleGap, f.idleGap)
        && Arrays.equals(stripPrefix, f.stripPrefix)
        && Arrays.equals(stripSuffix, f.stripSuffix)
        && maxFrameBytes == f.maxFrameBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(terminator),
        idleGap,
        Arrays.hashCode(stripPrefix),
        Arrays.hashCode(stripSuffix),
        maxFrameBytes);
  }

  @Override
  public String toString() {
    HexFormat hex = HexFormat.of();
    return "Framing["
        + (usesTerminator() ? "terminator=" + hex.formatHex(terminator) : "idleGap=" + idleGap)
        + ", prefix="
        + hex.formatHex(stripPrefix)
        + ", suffix="
        + hex.formatHex(stripSuffix)
        + ", max="
        + maxFrameBytes
        + "]";
  }
}
