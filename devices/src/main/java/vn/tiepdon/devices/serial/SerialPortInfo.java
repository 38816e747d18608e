package vn.tiepdon.devices.serial;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A serial port as the operating system lists it, with its USB identity when it has one.
 *
 * @param vendorId USB vendor id, or -1 for a port that is not USB (built-in UART, pty)
 * @param productId USB product id, or -1
 * @param serialNumber USB serial number, or "" when the device has none
 */
public record SerialPortInfo(
    String path,
    String name,
    String description,
    int vendorId,
    int productId,
    String serialNumber) {
  public SerialPortInfo {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(serialNumber, "serialNumber");
  }

  public boolean isUsb() {
    return vendorId >= 0 && productId >= 0;
  }

  /** The id as lsusb prints it, e.g. {@code 0c2e:0b61}, or "" for a non-USB port. */
  public String usbId() {
    return isUsb() ? hex4(vendorId) + ":" + hex4(productId) : "";
  }

  static String hex4(int id) {
    return HexFormat.of().toHexDigits((short) id);
  }
}
