package vn.tiepdon.devices.chipbox;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * One frame of the chip-box protocol:
 *
 * <pre>
 * STX(0x02) | type | seq | length (2 bytes, big-endian) | payload | CRC-32 (4 bytes, big-endian)
 * </pre>
 *
 * The CRC-32 (IEEE, {@link CRC32}) covers type, seq, length and payload. A response carries the
 * sequence number of its request, so a late answer to an abandoned request is recognised and
 * dropped. The payload may be personal data (APDUs, JSON): {@link #toString()} shows its size only.
 */
public record BoxFrame(FrameType type, int sequence, byte[] payload) {
  public static final int STX = 0x02;

  /** STX, type, seq, length. */
  public static final int HEADER_BYTES = 5;

  public static final int CRC_BYTES = 4;
  public static final int MAX_PAYLOAD = 0xFFFF;

  public BoxFrame {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    if (sequence < 0 || sequence > 0xFF) {
      throw new IllegalArgumentException("sequence must be 0..255, was " + sequence);
    }
    if (payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "payload must be at most " + MAX_PAYLOAD + " bytes, was " + payload.length);
    }
  }

  public static BoxFrame of(FrameType type, int sequence) {
    return new BoxFrame(type, sequence, new byte[0]);
  }

  /** The bytes on the wire. */
  public byte[] encode() {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + payload.length + CRC_BYTES);
    out.put((byte) STX)
        .put((byte) type.code())
        .put((byte) sequence)
        .putShort((short) payload.length)
        .put(payload);
    out.putInt((int) crc(out.array(), 1, HEADER_BYTES - 1 + payload.length));
    return out.array();
  }

  static long crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BoxFrame f
        && f.type == type
        && f.sequence == sequence
        && java.util.Arrays.equals(f.payload, payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, sequence, java.util.Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "BoxFrame[" + type + " #" + sequence + ", " + payload.length + " bytes]";
  }
}
