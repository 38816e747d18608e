package vn.tiepdon.devices.config;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/** The settings records bind from YAML the way kiosk-ui's loader binds them (plain Jackson). */
class DevicesSettingsYamlTest {
  record Root(DevicesSettings devices) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  @Test
  void theReadmeExampleBinds() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));

    DevicesSettings devices = yaml.readValue(example, Root.class).devices();

    assertThat(devices.scanner().serialType()).isTrue();
    assertThat(devices.scanner().serial().selector())
        .isEqualTo(new PortSelector.ByPath(Path.of("/dev/ttyACM0")));
    assertThat(devices.scanner().serial().line()).isEqualTo(SerialLine.DEFAULT);
    assertThat(devices.scanner().framing().framing()).isEqualTo(Framing.terminatedBy(Framing.CR));
    assertThat(devices.scanner().debounce()).isEqualTo(Duration.ofSeconds(1));
    assertThat(devices.camera().imageGlob()).isEqualTo("franck_*.jpg");
    assertThat(devices.printer().nearEndMm()).isEqualTo(5000);
  }

  @Test
  void usbIdsIdleGapAndControlCharactersBind() throws Exception {
    String text =
        """
        devices:
          scanner:
            type: serial
            serial:
              usb: { vendorId: "0x0C2E", productId: "0b61", serialNumber: "21001A" }
              parity: even
              stopBits: "1.5"
            framing:
              idleGap: PT0.08S
              stripPrefix: "\\x02]Q1"
              stripSuffix: "\\x03"
        """;

    ScannerSettings scanner = yaml.readValue(text, Root.class).devices().scanner();

    assertThat(scanner.serial().selector())
        .isEqualTo(new PortSelector.ByUsbId(0x0c2e, 0x0b61, Optional.of("21001A")));
    assertThat(scanner.serial().line().parity()).isEqualTo(SerialLine.Parity.EVEN);
    assertThat(scanner.serial().line().stopBits()).isEqualTo(SerialLine.StopBits.ONE_POINT_FIVE);
    Framing framing = scanner.framing().framing();
    assertThat(framing.idleGap()).contains(Duration.ofMillis(80));
    assertThat(framing.stripPrefix()).isEqualTo(new byte[] {0x02, ']', 'Q', '1'});
    assertThat(framing.stripSuffix()).isEqualTo(new byte[] {0x03});
  }

  @Test
  void aBadValueFailsWithTheRecordsMessage() {
    String text =
        """
        devices:
          scanner:
            framing: { terminator: NUL }
        """;

    assertThatThrownBy(() -> yaml.readValue(text, Root.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining(
            "terminator must be CR, LF, CRLF, TAB, ETX or one byte in hex such as 0x03, was 'NUL'");
  }
}
