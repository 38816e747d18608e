package vn.tiepdon.ui.app;

import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.gpio.KioskGpio;
import vn.tiepdon.devices.gpio.NoGpioBoardException;
import vn.tiepdon.devices.setup.DeviceFactory;
import vn.tiepdon.devices.setup.DeviceSet;
import vn.tiepdon.ui.config.ConfigException;

/**
 * Opens the GPIO that {@code devices.gpio} asks for. A kiosk configured for the Raspberry Pi's pins
 * but started on another machine does not start: the error names the key and why, in one line (the
 * devices opened so far are closed first).
 */
final class KioskGpioSetup {
  static final String TYPE_KEY = "devices.gpio.type";

  private KioskGpioSetup() {}

  static KioskGpio open(DeviceFactory factory, DevicesSettings settings, DeviceSet<?> opened) {
    try {
      return factory.gpio(settings.gpio());
    } catch (NoGpioBoardException e) {
      opened.close();
      throw new ConfigException(TYPE_KEY, TYPE_KEY + ": " + e.getMessage());
    }
  }
}
