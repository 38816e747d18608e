package vn.tiepdon.devices.printer.escpos;

import java.time.Duration;
import java.util.Objects;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/**
 * Everything the ESC/POS printer adapter needs, already validated.
 *
 * @param statusTimeout how long to wait for the answer to one status request
 * @param printTimeout how long a job may take from the first byte sent until the printer confirms
 *     it printed it (GS r 1 answered); also the write timeout while its buffer is full
 * @param confirmPrint whether to wait for that confirmation; a printer that does not know GS r
 *     needs {@code false}, and then the status after the job is read as soon as it is sent
 * @param feedLines lines fed after the raster so that it clears the cutter
 * @param statusPollInterval how often the status is read in the background so that health follows a
 *     reloaded roll or a closed cover; zero turns polling off
 */
public record EscPosPrinterConfig(
    DeviceId id,
    PortSelector port,
    SerialLine line,
    Duration statusTimeout,
    Duration printTimeout,
    boolean confirmPrint,
    int feedLines,
    Cut cut,
    Duration statusPollInterval) {
  public EscPosPrinterConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(cut, "cut");
    within("statusTimeout", statusTimeout, Duration.ofMillis(20), Duration.ofSeconds(10));
    within("printTimeout", printTimeout, Duration.ofMillis(100), Duration.ofMinutes(2));
    within("statusPollInterval", statusPollInterval, Duration.ZERO, Duration.ofHours(1));
    if (!statusPollInterval.isZero() && statusPollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(
          "statusPollInterval must be 0 (off) or at least PT1S, was " + statusPollInterval);
    }
    if (feedLines < 0 || feedLines > 255) {
      throw new IllegalArgumentException("feedLines must be 0..255, was " + feedLines);
    }
  }

  /** Defaults for a printer at {@code port}: 0.5 s status, 20 s job, confirm, 4 lines, full cut. */
  public static EscPosPrinterConfig defaults(DeviceId id, PortSelector port, SerialLine line) {
    return new EscPosPrinterConfig(
        id,
        port,
        line,
        Duration.ofMillis(500),
        Duration.ofSeconds(20),
        true,
        4,
        Cut.FULL,
        Duration.ofSeconds(30));
  }

  private static void within(String field, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", was " + value);
    }
  }
}
