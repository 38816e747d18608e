package vn.tiepdon.devices.gpio;

/**
 * What the kiosk's RGB status light shows, seen from across the hall: green ready, blue serving a
 * patient, red out of order, amber staff called.
 */
public enum StatusLight {
  OFF(false, false, false),
  IDLE(false, true, false),
  BUSY(false, false, true),
  ERROR(true, false, false),
  STAFF_CALLED(true, true, false);

  private final boolean red;
  private final boolean green;
  private final boolean blue;

  StatusLight(boolean red, boolean green, boolean blue) {
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  public boolean red() {
    return red;
  }

  public boolean green() {
    return green;
  }

  public boolean blue() {
    return blue;
  }
}
