package vn.tiepdon.devices.gpio;

/** Receives the kiosk's GPIO events. */
@FunctionalInterface
public interface GpioListener {
  void gpioEvent(GpioEvent event);
}
