package vn.tiepdon.devices.chipbox;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the byte stream from a box into {@link BoxFrame}s, whatever the read boundaries. It never
 * gives up on a stream: bytes that cannot start a frame are skipped until the next STX, and a frame
 * whose CRC, type or length is wrong costs only its STX — decoding resumes at the following byte,
 * so a good frame right behind a damaged one is still found. What was skipped is reported (counts
 * only, never the bytes). Not thread-safe: one reader thread feeds it.
 */
public final class FrameDecoder {
  /** Why bytes were skipped. */
  public enum Skipped {
    /** Bytes before an STX (line noise, a box booting, a partial frame from before a replug). */
    NOISE,
    /** A frame whose CRC did not match. */
    BAD_CRC,
    /** A frame of a type this protocol does not know. */
    UNKNOWN_TYPE,
    /** A frame announcing more payload than allowed. */
    TOO_LONG,
    /** A frame that stopped arriving halfway ({@link #dropPartial()}). */
    TRUNCATED
  }

  /** Where decoded frames and skip reports go. */
  public interface Sink {
    void frame(BoxFrame frame);

    void skipped(Skipped why, int bytes);
  }

  private final int maxPayload;
  private final Sink sink;
  private byte[] buffer = new byte[512];
  private int length;
  private int noise;
  private long framedBytes;
  private boolean quiet;

  public FrameDecoder(int maxPayload, Sink sink) {
    if (maxPayload < 1 || maxPayload > BoxFrame.MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "maxPayload must be 1.." + BoxFrame.MAX_PAYLOAD + ", was " + maxPayload);
    }
    this.maxPayload = maxPayload;
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  public void accept(byte[] bytes, int offset, int count) {
    ensureRoom(count);
    System.arraycopy(bytes, offset, buffer, length, count);
    length += count;
    decode();
  }

  /** Whether part of a frame is waiting for more bytes. */
  public boolean hasPartial() {
    return length > 0;
  }

  /**
   * Gives up on a frame that stopped arriving (the adapter calls this after a quiet inter-byte
   * timeout). Its STX is dropped and the bytes behind it are searched again, so a whole frame that
   * arrived after a false or cut-off header is still delivered; what is left is reported as
   * TRUNCATED.
   */
  public void dropPartial() {
    if (length == 0) {
      return;
    }
    flushNoise();
    int before = length;
    long framedBefore = framedBytes;
    quiet = true;
    try {
      while (length > 0) {
        System.arraycopy(buffer, 1, buffer, 0, --length);
        decode();
      }
    } finally {
      quiet = false;
      noise = 0;
    }
    sink.skipped(Skipped.TRUNCATED, before - (int) (framedBytes - framedBefore));
  }

  /** Forgets everything buffered without reporting it (the port was closed). */
  public void reset() {
    length = 0;
    noise = 0;
  }

  private void decode() {
    int start = 0;
    while (start < length) {
      if ((buffer[start] & 0xFF) != BoxFrame.STX) {
        noise++;
        start++;
        continue;
      }
      int available = length - start;
      if (available < BoxFrame.HEADER_BYTES) {
        break;
      }
      Optional<FrameType> type = FrameType.ofCode(buffer[start + 1] & 0xFF);
      int payloadLength = ((buffer[start + 3] & 0xFF) << 8) | (buffer[start + 4] & 0xFF);
      if (type.isEmpty() || payloadLength > maxPayload) {
        skip(type.isEmpty() ? Skipped.UNKNOWN_TYPE : Skipped.TOO_LONG);
        start++;
        continue;
      }
      int frameLength = BoxFrame.HEADER_BYTES + payloadLength + BoxFrame.CRC_BYTES;
      if (available < frameLength) {
        break;
      }
      int crcAt = start + BoxFrame.HEADER_BYTES + payloadLength;
      long expected =
          ((buffer[crcAt] & 0xFFL) << 24)
              | ((buffer[crcAt + 1] & 0xFFL) << 16)
              | ((buffer[crcAt + 2] & 0xFFL) << 8)
              | (buffer[crcAt + 3] & 0xFFL);
      if (BoxFrame.crc(buffer, start + 1, BoxFrame.HEADER_BYTES - 1 + payloadLength) != expected) {
        skip(Skipped.BAD_CRC);
        start++;
        continue;
      }
      flushNoise();
      byte[] payload =
          Arrays.copyOfRange(
              buffer, start + BoxFrame.HEADER_BYTES, start + BoxFrame.HEADER_BYTES + payloadLength);
      int sequence = buffer[start + 2] & 0xFF;
      start += frameLength;
      framedBytes += frameLength;
      sink.frame(new BoxFrame(type.get(), sequence, payload));
    }
    System.arraycopy(buffer, start, buffer, 0, length - start);
    length -= start;
    if (length == 0) {
      flushNoise();
    }
  }

  private void skip(Skipped why) {
    flushNoise();
    if (!quiet) {
      sink.skipped(why, 1);
    }
  }

  private void flushNoise() {
    if (noise > 0 && !quiet) {
      int count = noise;
      noise = 0;
      sink.skipped(Skipped.NOISE, count);
    }
  }

  private void ensureRoom(int count) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
  }
}
