package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.List;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.printer.escpos.Cut;
import vn.tiepdon.devices.printer.escpos.EscPosPrinterConfig;

/**
 * The ticket printer: {@code simulated} (default) writes each ticket as a PNG into {@code
 * outputFolder} and counts its paper roll; {@code escpos} prints on an Epson-compatible thermal
 * printer on the serial or USB-CDC port given in {@code serial}.
 *
 * @param rollLengthMm simulated: paper on a full roll; default 80000 (an 80 m roll)
 * @param nearEndMm simulated: below this the printer reports paper near its end; default 5000
 * @param serial escpos: where the printer is and its line settings (as for the scanner)
 * @param statusTimeout escpos: wait for one status answer; default PT0.5S
 * @param printTimeout escpos: wait for a job to be printed and confirmed; default PT20S
 * @param confirmPrint escpos: confirm each job with GS r 1; default true (false for printers that
 *     do not know it)
 * @param feedLines escpos: lines fed before the cut; default 4
 * @param cut escpos: full (default) or partial
 * @param statusPollInterval escpos: background status reads for health; default PT30S, PT0S off
 */
public record PrinterSettings(
    String type,
    String outputFolder,
    Integer rollLengthMm,
    Integer nearEndMm,
    SerialPortSettings serial,
    Duration statusTimeout,
    Duration printTimeout,
    Boolean confirmPrint,
    Integer feedLines,
    String cut,
    Duration statusPollInterval) {
  public PrinterSettings {
    type = Choices.oneOf("type", type, "simulated", List.of("simulated", "escpos"));
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
    if (type.equals("escpos") && serial == null) {
      throw new IllegalArgumentException(
          "serial must be set for type escpos (serial: { path: /dev/ttyACM0 } or usb: ...)");
    }
    statusTimeout = statusTimeout != null ? statusTimeout : Duration.ofMillis(500);
    printTimeout = printTimeout != null ? printTimeout : Duration.ofSeconds(20);
    confirmPrint = confirmPrint == null || confirmPrint;
    feedLines = feedLines == null ? 4 : feedLines;
    cut = Choices.oneOf("cut", cut, "full", List.of("full", "partial"));
    statusPollInterval = statusPollInterval != null ? statusPollInterval : Duration.ofSeconds(30);
    if (type.equals("escpos")) {
      // Checks the ranges now, so that a wrong value stops the kiosk at start-up, not at a print.
      escposConfig(
          DeviceId.of(DeviceKind.PRINTER, "check"),
          serial,
          statusTimeout,
          printTimeout,
          confirmPrint,
          feedLines,
          cut,
          statusPollInterval);
    }
  }

  /** The simulated printer's settings, as before the ESC/POS adapter existed. */
  public PrinterSettings(
      String type, String outputFolder, Integer rollLengthMm, Integer nearEndMm) {
    this(type, outputFolder, rollLengthMm, nearEndMm, null, null, null, null, null, null, null);
  }

  public static PrinterSettings simulated() {
    return new PrinterSettings(null, null, null, null);
  }

  /** An ESC/POS printer on {@code serial} with every other setting at its default. */
  public static PrinterSettings escpos(SerialPortSettings serial) {
    return new PrinterSettings(
        "escpos", null, null, null, serial, null, null, null, null, null, null);
  }

  public boolean escposType() {
    return type.equals("escpos");
  }

  /**
   * The ESC/POS adapter's configuration.
   *
   * @throws IllegalStateException when the type is not escpos
   */
  public EscPosPrinterConfig escpos(DeviceId id) {
    if (serial == null) {
      throw new IllegalStateException("printer type " + type + " has no serial port");
    }
    return escposConfig(
        id, serial, statusTimeout, printTimeout, confirmPrint, feedLines, cut, statusPollInterval);
  }

  private static EscPosPrinterConfig escposConfig(
      DeviceId id,
      SerialPortSettings serial,
      Duration statusTimeout,
      Duration printTimeout,
      boolean confirmPrint,
      int feedLines,
      String cut,
      Duration statusPollInterval) {
    return new EscPosPrinterConfig(
        id,
        serial.selector(),
        serial.line(),
        statusTimeout,
        printTimeout,
        confirmPrint,
        feedLines,
        cut.equals("partial") ? Cut.PARTIAL : Cut.FULL,
        statusPollInterval);
  }
}
