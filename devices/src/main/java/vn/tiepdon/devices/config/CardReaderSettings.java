package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.List;

/**
 * The chip reader. {@code simulated} (the demo's software chips); {@code serial-apdu}: a box on a
 * serial/USB-CDC port that tunnels APDUs; {@code serial-parsed}: a box that reads the card itself
 * and sends a JSON document (untrusted data). Protocols: devices/README.md. PC/SC readers are
 * configured with citizen-id's chip settings.
 *
 * @param serial the box's port and line (serial-* types only)
 * @param responseTimeout how long a request waits for the box's answer; default 3 s
 * @param interByteTimeout a frame that stops arriving for this long is dropped; default 0.5 s
 * @param extendedLength whether the box passes extended-length APDUs; default false
 * @param maxFaceBytes the largest face image a parsed-data box may send; default 48 KiB
 */
public record CardReaderSettings(
    String type,
    SerialPortSettings serial,
    Duration responseTimeout,
    Duration interByteTimeout,
    Boolean extendedLength,
    Integer maxFaceBytes) {
  public CardReaderSettings {
    type =
        Choices.oneOf(
            "type",
            type,
            "simulated",
            List.of("simulated", "serial-apdu", "serial-parsed"),
            "PC/SC readers are set in chip: pcscReader");
    responseTimeout = responseTimeout != null ? responseTimeout : Duration.ofSeconds(3);
    interByteTimeout = interByteTimeout != null ? interByteTimeout : Duration.ofMillis(500);
    extendedLength = extendedLength != null && extendedLength;
    maxFaceBytes = maxFaceBytes == null ? 48 * 1024 : maxFaceBytes;
    if (!type.equals("simulated") && serial == null) {
      throw new IllegalArgumentException(
          "serial must be set for type " + type + " (serial: { path: /dev/ttyACM1 } or usb: ...)");
    }
    if (responseTimeout.compareTo(Duration.ofMillis(50)) < 0
        || responseTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "responseTimeout must be PT0.05S..PT1M, was " + responseTimeout);
    }
    if (interByteTimeout.compareTo(Duration.ofMillis(20)) < 0
        || interByteTimeout.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException(
          "interByteTimeout must be PT0.02S..PT10S, was " + interByteTimeout);
    }
    if (maxFaceBytes < 1024 || maxFaceBytes > 48 * 1024) {
      throw new IllegalArgumentException("maxFaceBytes must be 1024..49152, was " + maxFaceBytes);
    }
  }

  public CardReaderSettings(String type) {
    this(type, null, null, null, null, null);
  }

  public boolean serialApdu() {
    return type.equals("serial-apdu");
  }

  public boolean serialParsed() {
    return type.equals("serial-parsed");
  }
}
