package vn.tiepdon.devices.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tiepdon.devices.gpio.GpioLayout;
import vn.tiepdon.devices.gpio.GpioPin;

/**
 * The kiosk's GPIO lines ({@code devices.gpio} in the kiosk YAML): {@code simulated} (default) runs
 * on Pi4J's mock platform, {@code pi4j} on the board's GPIO. Pins are BCM numbers; every field left
 * out takes the standard wiring of devices/README.md.
 *
 * @param debounce input edges closer than this to the previous one are bounce; default PT0.05S
 */
public record GpioSettings(
    String type,
    Integer presencePin,
    Boolean presenceActiveLow,
    Integer staffCallPin,
    Boolean staffCallActiveLow,
    Integer lightRedPin,
    Integer lightGreenPin,
    Integer lightBluePin,
    Boolean lightActiveLow,
    Integer buzzerPin,
    Boolean buzzerActiveLow,
    Duration debounce) {
  public GpioSettings {
    GpioLayout standard = GpioLayout.standard();
    type = Choices.oneOf("type", type, "simulated", List.of("simulated", "pi4j"));
    presencePin = presencePin != null ? presencePin : standard.presence().bcm();
    presenceActiveLow = presenceActiveLow != null && presenceActiveLow;
    staffCallPin = staffCallPin != null ? staffCallPin : standard.staffCall().bcm();
    staffCallActiveLow = staffCallActiveLow == null || staffCallActiveLow;
    lightRedPin = lightRedPin != null ? lightRedPin : standard.lightRed().bcm();
    lightGreenPin = lightGreenPin != null ? lightGreenPin : standard.lightGreen().bcm();
    lightBluePin = lightBluePin != null ? lightBluePin : standard.lightBlue().bcm();
    lightActiveLow = lightActiveLow != null && lightActiveLow;
    buzzerPin = buzzerPin != null ? buzzerPin : standard.buzzer().bcm();
    buzzerActiveLow = buzzerActiveLow != null && buzzerActiveLow;
    debounce = debounce != null ? debounce : standard.debounce();
    layout(
        presencePin,
        presenceActiveLow,
        staffCallPin,
        staffCallActiveLow,
        lightRedPin,
        lightGreenPin,
        lightBluePin,
        lightActiveLow,
        buzzerPin,
        buzzerActiveLow,
        debounce);
  }

  public static GpioSettings simulated() {
    return new GpioSettings(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public boolean pi4jType() {
    return type.equals("pi4j");
  }

  public GpioLayout layout() {
    return layout(
        presencePin,
        presenceActiveLow,
        staffCallPin,
        staffCallActiveLow,
        lightRedPin,
        lightGreenPin,
        lightBluePin,
        lightActiveLow,
        buzzerPin,
        buzzerActiveLow,
        debounce);
  }

  private static GpioLayout layout(
      int presencePin,
      boolean presenceActiveLow,
      int staffCallPin,
      boolean staffCallActiveLow,
      int red,
      int green,
      int blue,
      boolean lightActiveLow,
      int buzzerPin,
      boolean buzzerActiveLow,
      Duration debounce) {
    requireDistinct(
        Map.of(
            "presencePin", presencePin,
            "staffCallPin", staffCallPin,
            "lightRedPin", red,
            "lightGreenPin", green,
            "lightBluePin", blue,
            "buzzerPin", buzzerPin));
    return new GpioLayout(
        pin("presencePin", presencePin, presenceActiveLow),
        pin("staffCallPin", staffCallPin, staffCallActiveLow),
        pin("lightRedPin", red, lightActiveLow),
        pin("lightGreenPin", green, lightActiveLow),
        pin("lightBluePin", blue, lightActiveLow),
        pin("buzzerPin", buzzerPin, buzzerActiveLow),
        debounce);
  }

  /** Names both keys of a pin used twice, in the order of the YAML sample. */
  private static void requireDistinct(Map<String, Integer> pins) {
    List<String> order =
        List.of(
            "presencePin",
            "staffCallPin",
            "lightRedPin",
            "lightGreenPin",
            "lightBluePin",
            "buzzerPin");
    Map<Integer, String> taken = new HashMap<>();
    for (String key : order) {
      int bcm = pins.get(key);
      String other = taken.putIfAbsent(bcm, key);
      if (other != null) {
        throw new IllegalArgumentException(
            key + " must differ from " + other + ", both are BCM " + bcm);
      }
    }
  }

  private static GpioPin pin(String field, int bcm, boolean activeLow) {
    if (bcm < 0 || bcm > GpioPin.MAX_BCM) {
      throw new IllegalArgumentException(
          field + " must be a BCM GPIO number 0.." + GpioPin.MAX_BCM + ", was " + bcm);
    }
    return new GpioPin(bcm, activeLow);
  }
}
