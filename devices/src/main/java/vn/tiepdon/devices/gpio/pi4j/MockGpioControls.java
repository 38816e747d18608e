package vn.tiepdon.devices.gpio.pi4j;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import vn.tiepdon.devices.gpio.GpioLayout;
import vn.tiepdon.devices.gpio.GpioPin;
import vn.tiepdon.devices.gpio.StatusLight;

/**
 * Plays the person in front of a simulated kiosk (walk up, leave, press the staff button, a
 * bouncing contact) on Pi4J's mock pins, at the electrical level the wiring would give, and reads
 * back what the light and the buzzer show.
 */
public final class MockGpioControls {
  private final GpioLayout layout;
  private final MockDigitalInput presence;
  private final MockDigitalInput staffCall;
  private final DigitalOutput red;
  private final DigitalOutput green;
  private final DigitalOutput blue;
  private final DigitalOutput buzzer;

  MockGpioControls(
      GpioLayout layout,
      DigitalInput presence,
      DigitalInput staffCall,
      DigitalOutput red,
      DigitalOutput green,
      DigitalOutput blue,
      DigitalOutput buzzer) {
    this.layout = layout;
    this.presence = (MockDigitalInput) presence;
    this.staffCall = (MockDigitalInput) staffCall;
    this.red = red;
    this.green = green;
    this.blue = blue;
    this.buzzer = buzzer;
  }

  public void personArrives() {
    set(presence, layout.presence(), true);
  }

  public void personLeaves() {
    set(presence, layout.presence(), false);
  }

  public void pressStaffCall() {
    set(staffCall, layout.staffCall(), true);
  }

  public void releaseStaffCall() {
    set(staffCall, layout.staffCall(), false);
  }

  /** The raw level of the staff-call pin (HIGH or LOW), as a voltmeter would read it. */
  public DigitalState staffCallPinLevel() {
    return staffCall.state();
  }

  private static void set(MockDigitalInput input, GpioPin pin, boolean active) {
    input.mockState(pin.levelFor(active) ? DigitalState.HIGH : DigitalState.LOW);
  }

  /** The light the three output pins show now, or empty for a combination no state uses. */
  public java.util.Optional<StatusLight> lightShown() {
    boolean r = on(red, layout.lightRed());
    boolean g = on(green, layout.lightGreen());
    boolean b = on(blue, layout.lightBlue());
    for (StatusLight light : StatusLight.values()) {
      if (light.red() == r && light.green() == g && light.blue() == b) {
        return java.util.Optional.of(light);
      }
    }
    return java.util.Optional.empty();
  }

  public boolean buzzerOn() {
    return on(buzzer, layout.buzzer());
  }

  /** The buzzer output, to watch its changes. */
  public DigitalOutput buzzerLine() {
    return buzzer;
  }

  /** The red light output's raw level, e.g. to check an active-low wiring. */
  public DigitalState redPinLevel() {
    return red.state();
  }

  private static boolean on(DigitalOutput line, GpioPin pin) {
    return pin.isActive(line.state() == DigitalState.HIGH);
  }
}
