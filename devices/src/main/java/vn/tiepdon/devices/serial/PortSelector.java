package vn.tiepdon.devices.serial;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the scanner's port is found: by a fixed device path, or by USB vendor/product id (and serial
 * number) looked up at every (re)connection, so the kiosk does not depend on enumeration order.
 */
public sealed interface PortSelector {

  /** A fixed path such as {@code /dev/ttyACM0} or a udev symlink such as {@code /dev/scanner}. */
  record ByPath(Path path) implements PortSelector {
    public ByPath {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }

  /** A USB device; {@code serialNumber} empty means "any serial number". */
  record ByUsbId(int vendorId, int productId, Optional<String> serialNumber)
      implements PortSelector {
    public ByUsbId {
      checkId("vendorId", vendorId);
      checkId("productId", productId);
      Objects.requireNonNull(serialNumber, "serialNumber");
    }

    public boolean matches(SerialPortInfo port) {
      return port.vendorId() == vendorId
          && port.productId() == productId
          && serialNumber.map(port.serialNumber()::equals).orElse(true);
    }

    /** The ports that match, in path order. */
    public List<SerialPortInfo> matching(List<SerialPortInfo> ports) {
      return ports.stream()
          .filter(this::matches)
          .sorted(java.util.Comparator.comparing(SerialPortInfo::path))
          .toList();
    }

    private static void checkId(String field, int id) {
      if (id < 0 || id > 0xFFFF) {
        throw new IllegalArgumentException(field + " must be 0..0xffff, was " + id);
      }
    }

    @Override
    public String toString() {
      return "usb "
          + SerialPortInfo.hex4(vendorId)
          + ":"
          + SerialPortInfo.hex4(productId)
          + serialNumber.map(s -> " serial " + s).orElse("");
    }
  }
}
