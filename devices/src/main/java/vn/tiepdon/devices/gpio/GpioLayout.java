package vn.tiepdon.devices.gpio;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which header pin does what, checked once: every pin is used once only.
 *
 * @param debounce edges of an input closer than this to the previous accepted edge are bounce
 */
public record GpioLayout(
    GpioPin presence,
    GpioPin staffCall,
    GpioPin lightRed,
    GpioPin lightGreen,
    GpioPin lightBlue,
    GpioPin buzzer,
    Duration debounce) {
  public GpioLayout {
    Map<Integer, String> used = new LinkedHashMap<>();
    use(used, "presence", presence);
    use(used, "staffCall", staffCall);
    use(used, "lightRed", lightRed);
    use(used, "lightGreen", lightGreen);
    use(used, "lightBlue", lightBlue);
    use(used, "buzzer", buzzer);
    Objects.requireNonNull(debounce, "debounce");
    if (debounce.isNegative() || debounce.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException("debounce must be PT0S..PT1S, was " + debounce);
    }
  }

  /**
   * The wiring documented in devices/README.md: PIR sensor on BCM 17 (active high), staff button on
   * BCM 27 to ground (active low, pull-up), RGB light on BCM 22/23/24, buzzer on BCM 18, 50 ms
   * debounce.
   */
  public static GpioLayout standard() {
    return new GpioLayout(
        new GpioPin(17, false),
        new GpioPin(27, true),
        new GpioPin(22, false),
        new GpioPin(23, false),
        new GpioPin(24, false),
        new GpioPin(18, false),
        Duration.ofMillis(50));
  }

  private static void use(Map<Integer, String> used, String role, GpioPin pin) {
    Objects.requireNonNull(pin, role);
    String other = used.putIfAbsent(pin.bcm(), role);
    if (other != null) {
      throw new IllegalArgumentException(
          role + " and " + other + " cannot share GPIO pin BCM " + pin.bcm());
    }
  }
}
