package vn.tiepdon.devices.chipbox.serial;

import java.time.Duration;
import java.util.Objects;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/**
 * Everything a serial chip-reader box adapter needs, already validated.
 *
 * @param responseTimeout how long a request (PING, TRANSCEIVE) waits for the box's answer
 * @param interByteTimeout a frame that stops arriving for this long is dropped (resync)
 * @param extendedLength whether the box passes extended-length APDUs
 * @param maxFaceBytes largest face image a parsed-data box may send
 */
public record ChipBoxConfig(
    DeviceId id,
    PortSelector port,
    SerialLine line,
    Duration reconnectInterval,
    Duration responseTimeout,
    Duration interByteTimeout,
    boolean extendedLength,
    int maxFaceBytes) {
  public ChipBoxConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(line, "line");
    check("reconnectInterval", reconnectInterval, Duration.ofMillis(10), Duration.ofMinutes(1));
    check("responseTimeout", responseTimeout, Duration.ofMillis(50), Duration.ofMinutes(1));
    check("interByteTimeout", interByteTimeout, Duration.ofMillis(20), Duration.ofSeconds(10));
  }

  private static void check(String field, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", was " + value);
    }
  }
}
