package vn.tiepdon.devices.scanner;

/** Why bytes from a scanner were not delivered as a scan; mapped to UI text and telemetry. */
public enum RejectReason {
  /** The frame is not valid UTF-8 (noise on the line, wrong scanner code page). */
  INVALID_UTF8,
  /** More bytes arrived without a terminator than the configured maximum frame size. */
  FRAME_TOO_LONG,
  /**
   * Bytes arrived but their terminator did not follow within {@link
   * ScanPipeline#UNTERMINATED_AFTER}: usually a scanner set to another terminator than configured.
   */
  UNTERMINATED
}
