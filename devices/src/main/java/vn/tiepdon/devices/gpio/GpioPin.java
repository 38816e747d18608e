package vn.tiepdon.devices.gpio;

/**
 * One line on the Raspberry Pi header, by its BCM (Broadcom GPIO) number. Active-low lines are on
 * when the pin is at 0 V: typical for a button to ground with the pull-up on, and for LED or buzzer
 * modules switched by a PNP transistor or sinking driver.
 */
public record GpioPin(int bcm, boolean activeLow) {
  /** BCM 0..27 are the GPIO lines of the 40-pin header. */
  public static final int MAX_BCM = 27;

  public GpioPin {
    if (bcm < 0 || bcm > MAX_BCM) {
      throw new IllegalArgumentException("GPIO pin must be BCM 0.." + MAX_BCM + ", was " + bcm);
    }
  }

  /** Whether the raw pin level {@code high} means "active" (button pressed, person present). */
  public boolean isActive(boolean high) {
    return high != activeLow;
  }

  /** The raw pin level that makes this line {@code active}. */
  public boolean levelFor(boolean active) {
    return active != activeLow;
  }
}
