package vn.tiepdon.devices;

/** The kinds of hardware a kiosk has; the UI and telemetry group health by kind. */
public enum DeviceKind {
  SCANNER,
  CHIP_READER,
  CAMERA,
  PRINTER,
  GPIO
}
