package vn.tiepdon.devices.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * A frame that was received but not delivered as a scan. It keeps only sizes and positions, never
 * the bytes, because the bytes may hold personal data.
 *
 * @param frameBytes how many bytes the frame had (for FRAME_TOO_LONG: how many were dropped)
 * @param position the byte offset of the first bad byte for INVALID_UTF8, otherwise -1
 */
public record ScanRejection(RejectReason reason, int frameBytes, int position, Instant at) {
  public ScanRejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  /** English, for logs. */
  public String describe() {
    return switch (reason) {
      case INVALID_UTF8 ->
          "frame of " + frameBytes + " bytes is not valid UTF-8 at byte " + position;
      case FRAME_TOO_LONG ->
          "frame exceeded the maximum size; " + frameBytes + " bytes dropped until the next end";
      case UNTERMINATED ->
          frameBytes
              + " bytes arrived without the configured terminator; check the scanner's suffix";
    };
  }
}
