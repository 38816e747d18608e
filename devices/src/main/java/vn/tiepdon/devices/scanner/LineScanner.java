package vn.tiepdon.devices.scanner;

import vn.tiepdon.devices.Device;

/**
 * A QR/barcode scanner that sends each decoded code as a line of bytes. Delivers whole, decoded,
 * debounced scans; reconnects by itself after an unplug and reports it through health.
 */
public interface LineScanner extends Device {
  /**
   * Starts delivering scans to {@code listener}; may be called once. Returns at once: a missing
   * device shows as DOWN health, not as an exception.
   */
  void start(ScanListener listener);
}
