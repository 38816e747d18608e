package vn.tiepdon.devices.serial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.tiepdon.devices.HealthReason;

/**
 * Finds the system path of the port a {@link PortSelector} means, now. Serial adapters call it at
 * start and after every unplug, so a device that comes back under another name is found again.
 */
public final class PortLocator {
  private PortLocator() {}

  /** The path found, or why none was: {@code reason} is PORT_NOT_FOUND or PORT_AMBIGUOUS. */
  public record Located(String path, HealthReason reason, String detail) {
    public Located {
      Objects.requireNonNull(detail, "detail");
    }

    public boolean found() {
      return path != null;
    }

    static Located at(String path) {
      return new Located(path, HealthReason.OK, "");
    }

    static Located missing(HealthReason reason, String detail) {
      return new Located(null, reason, detail);
    }
  }

  public static Located locate(PortSelector selector) {
    if (selector instanceof PortSelector.ByPath byPath) {
      Path path = byPath.path();
      return Files.exists(path)
          ? Located.at(path.toString())
          : Located.missing(HealthReason.PORT_NOT_FOUND, path + " does not exist");
    }
    PortSelector.ByUsbId usb = (PortSelector.ByUsbId) selector;
    List<SerialPortInfo> matching = usb.matching(SerialPorts.list());
    if (matching.isEmpty()) {
      return Located.missing(HealthReason.PORT_NOT_FOUND, "no port with " + usb);
    }
    if (matching.size() > 1) {
      return Located.missing(
          HealthReason.PORT_AMBIGUOUS,
          matching.size() + " ports match " + usb + "; configure its serialNumber");
    }
    return Located.at(matching.get(0).path());
  }
}
