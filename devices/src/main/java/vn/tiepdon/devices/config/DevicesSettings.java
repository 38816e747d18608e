package vn.tiepdon.devices.config;

/**
 * The {@code devices:} section of the kiosk YAML. Every part may be left out; a missing part is the
 * simulated device, so {@code devices: {}} runs the demo.
 */
public record DevicesSettings(
    ScannerSettings scanner,
    PrinterSettings printer,
    CameraSettings camera,
    CardReaderSettings cardReader,
    GpioSettings gpio) {
  public DevicesSettings {
    scanner = scanner != null ? scanner : ScannerSettings.simulated();
    printer = printer != null ? printer : PrinterSettings.simulated();
    camera = camera != null ? camera : CameraSettings.simulated();
    cardReader = cardReader != null ? cardReader : new CardReaderSettings(null);
    gpio = gpio != null ? gpio : GpioSettings.simulated();
  }

  /** The devices without a GPIO section: the GPIO runs on Pi4J's mock platform. */
  public DevicesSettings(
      ScannerSettings scanner,
      PrinterSettings printer,
      CameraSettings camera,
      CardReaderSettings cardReader) {
    this(scanner, printer, camera, cardReader, null);
  }

  /** Every device simulated, with default settings. */
  public static DevicesSettings simulated() {
    return new DevicesSettings(null, null, null, null, null);
  }
}
