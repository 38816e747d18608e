package vn.tiepdon.devices.config;

import java.util.List;

/**
 * The ticket printer. Only {@code simulated} exists in this version (ESC/POS comes later); it
 * writes each ticket as a PNG into {@code outputFolder} (default var/tickets).
 *
 * @param rollLengthMm paper on a full roll; default 80000 (an 80 m roll)
 * @param nearEndMm below this the printer reports paper near its end; default 5000
 */
public record PrinterSettings(
    String type, String outputFolder, Integer rollLengthMm, Integer nearEndMm) {
  public PrinterSettings {
    type =
        Choices.oneOf(
            "type",
            type,
            "simulated",
            List.of("simulated"),
            "escpos is not available in this version");
    outputFolder =
        outputFolder == null || outputFolder.isBlank() ? "var/tickets" : outputFolder.trim();
    rollLengthMm = rollLengthMm == null ? 80_000 : rollLengthMm;
    nearEndMm = nearEndMm == null ? 5_000 : nearEndMm;
    if (rollLengthMm < 100) {
      throw new IllegalArgumentException("rollLengthMm must be >= 100, was " + rollLengthMm);
    }
    if (nearEndMm < 0 || nearEndMm >= rollLengthMm) {
      throw new IllegalArgumentException(
          "nearEndMm must be 0.." + (rollLengthMm - 1) + ", was " + nearEndMm);
    }
  }

  public static PrinterSettings simulated() {
    return new PrinterSettings(null, null, null, null);
  }
}
