package vn.tiepdon.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.config.GpioSettings;

/** The GPIO part of the kiosk YAML and the pin layout it makes. */
class GpioSettingsTest {
  record Devices(GpioSettings gpio) {}

  record Root(Devices devices) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private GpioSettings gpio(String text) throws Exception {
    return yaml.readValue("devices:\n  gpio:\n" + text.indent(4), Root.class).devices().gpio();
  }

  @Test
  void defaultsAreTheStandardWiring() {
    GpioSettings s = GpioSettings.simulated();

    assertThat(s.pi4jType()).isFalse();
    assertThat(s.layout()).isEqualTo(GpioLayout.standard());
    assertThat(s.layout().staffCall()).isEqualTo(new GpioPin(27, true));
    assertThat(s.layout().presence()).isEqualTo(new GpioPin(17, false));
  }

  @Test
  void theReadmeExampleBinds() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## GPIO");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));

    GpioSettings s = yaml.readValue(example, Root.class).devices().gpio();

    assertThat(s.pi4jType()).isTrue();
    assertThat(s.layout()).isEqualTo(GpioLayout.standard());
  }

  @Test
  void everyPinAndPolarityCanBeSet() throws Exception {
    GpioSettings s =
        gpio(
            """
            type: pi4j
            presencePin: 5
            presenceActiveLow: true
            staffCallPin: 6
            staffCallActiveLow: false
            lightRedPin: 13
            lightGreenPin: 19
            lightBluePin: 26
            lightActiveLow: true
            buzzerPin: 12
            buzzerActiveLow: true
            debounce: PT0.02S
            """);

    assertThat(s.layout())
        .isEqualTo(
            new GpioLayout(
                new GpioPin(5, true),
                new GpioPin(6, false),
                new GpioPin(13, true),
                new GpioPin(19, true),
                new GpioPin(26, true),
                new GpioPin(12, true),
                Duration.ofMillis(20)));
  }

  @Test
  void wrongValuesAreNamedAtLoad() {
    assertBad("type: wiringpi", "type must be one of simulated, pi4j, was 'wiringpi'");
    assertBad("presencePin: 40", "presencePin must be a BCM GPIO number 0..27, was 40");
    assertBad("buzzerPin: 17", "buzzerPin must differ from presencePin, both are BCM 17");
    assertBad(
        "lightRedPin: 5\nlightBluePin: 5",
        "lightBluePin must differ from lightRedPin, both are BCM 5");
    assertBad("staffCallPin: -1", "staffCallPin must be a BCM GPIO number 0..27, was -1");
    assertBad("debounce: PT2S", "debounce must be PT0S..PT1S, was PT2S");
    assertBad("debounce: -PT0.01S", "debounce must be PT0S..PT1S, was PT-0.01S");
  }

  @Test
  void theDevicesSectionCarriesItAndLeftOutIsTheSimulator() throws Exception {
    record Whole(vn.tiepdon.devices.config.DevicesSettings devices) {}
    Whole withGpio =
        yaml.readValue("devices:\n  gpio:\n    type: PI4J\n    buzzerPin: 12\n", Whole.class);
    Whole without = yaml.readValue("devices:\n  scanner:\n    type: simulated\n", Whole.class);

    assertThat(withGpio.devices().gpio().pi4jType()).isTrue();
    assertThat(withGpio.devices().gpio().layout().buzzer()).isEqualTo(new GpioPin(12, false));
    assertThat(without.devices().gpio()).isEqualTo(GpioSettings.simulated());
  }

  private void assertBad(String text, String message) {
    assertThatThrownBy(() -> gpio(text))
        .isInstanceOf(ValueInstantiationException.class)
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
