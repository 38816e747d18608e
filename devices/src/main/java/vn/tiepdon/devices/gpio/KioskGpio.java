package vn.tiepdon.devices.gpio;

import vn.tiepdon.devices.Device;
import vn.tiepdon.devices.Subscription;

/**
 * The kiosk's simple I/O lines: a presence sensor that wakes the attract screen, a staff-call
 * button, a status light and a buzzer. Events arrive debounced; outputs never block the caller.
 */
public interface KioskGpio extends Device {
  /** Presence and staff-call events, on the GPIO event thread; keep listeners short. */
  Subscription addListener(GpioListener listener);

  /** Whether the presence sensor sees someone now. */
  boolean presence();

  void statusLight(StatusLight light);

  StatusLight statusLight();

  /** Plays {@code pattern} in the background; a new pattern stops the one playing. */
  void beep(BeepPattern pattern);
}
