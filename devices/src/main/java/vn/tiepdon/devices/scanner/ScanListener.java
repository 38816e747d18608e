package vn.tiepdon.devices.scanner;

/**
 * Receives what a {@link LineScanner} reads. Called on the scanner's own thread (serial adapter) or
 * on the caller's thread (simulator); implementations hand work off rather than block.
 */
@FunctionalInterface
public interface ScanListener {
  void scanned(Scan scan);

  /** A frame arrived but could not be delivered; the default ignores it. */
  default void rejected(ScanRejection rejection) {}
}
