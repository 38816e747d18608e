package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.List;

/**
 * The QR scanner: {@code type} is {@code simulated} (default) or {@code serial}; a serial scanner
 * needs its {@code serial} port settings. Framing applies to both, so the demo frames like the
 * kiosk.
 *
 * @param debounce the same code again within this window is one scan; default 1 s, 0 turns it off
 */
public record ScannerSettings(
    String type, SerialPortSettings serial, FramingSettings framing, Duration debounce) {
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofSeconds(1);

  public ScannerSettings {
    type = Choices.oneOf("type", type, "simulated", List.of("simulated", "serial"));
    if (type.equals("serial") && serial == null) {
      throw new IllegalArgumentException("serial must be set when type is serial, was missing");
    }
    framing = framing != null ? framing : FramingSettings.DEFAULT;
    debounce = debounce != null ? debounce : DEFAULT_DEBOUNCE;
    if (debounce.isNegative() || debounce.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("debounce must be 0..PT1M, was " + debounce);
    }
  }

  public static ScannerSettings simulated() {
    return new ScannerSettings(null, null, null, null);
  }

  public boolean serialType() {
    return type.equals("serial");
  }
}
