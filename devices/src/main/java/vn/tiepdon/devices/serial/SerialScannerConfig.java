package vn.tiepdon.devices.serial;

import java.time.Duration;
import java.util.Objects;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.scanner.Framing;

/**
 * Everything the serial scanner adapter needs, already validated.
 *
 * @param reconnectInterval how often a missing or unplugged scanner is looked for again
 */
public record SerialScannerConfig(
    DeviceId id,
    PortSelector port,
    SerialLine line,
    Framing framing,
    Duration debounce,
    Duration reconnectInterval) {
  public SerialScannerConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(debounce, "debounce");
    Objects.requireNonNull(reconnectInterval, "reconnectInterval");
    if (reconnectInterval.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(
          "reconnectInterval must be >= 10 ms, was " + reconnectInterval);
    }
  }
}
