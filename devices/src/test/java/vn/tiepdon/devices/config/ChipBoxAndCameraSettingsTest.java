package vn.tiepdon.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.serial.PortSelector;

/** The serial chip-box and V4L2 camera settings, bound from YAML as kiosk-ui binds them. */
class ChipBoxAndCameraSettingsTest {
  record Root(DevicesSettings devices) {}

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  @Test
  void aSerialApduBoxAndAV4l2CameraBind() throws Exception {
    String text =
        """
        devices:
          cardReader:
            type: serial-apdu
            serial:
              usb: { vendorId: "1a86", productId: "7523" }
              baud: 115200
            responseTimeout: PT2S
            extendedLength: true
          camera:
            type: v4l2
            device: /dev/video0
            width: 1280
            height: 720
            fps: 30
            minFps: 10
        """;

    DevicesSettings devices = yaml.readValue(text, Root.class).devices();

    CardReaderSettings box = devices.cardReader();
    assertThat(box.serialApdu()).isTrue();
    assertThat(box.serial().selector())
        .isEqualTo(new PortSelector.ByUsbId(0x1a86, 0x7523, java.util.Optional.empty()));
    assertThat(box.responseTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(box.interByteTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(box.extendedLength()).isTrue();
    assertThat(box.maxFaceBytes()).isEqualTo(48 * 1024);
    CameraSettings camera = devices.camera();
    assertThat(camera.v4l2()).isTrue();
    assertThat(camera.device()).isEqualTo("/dev/video0");
    assertThat(camera.width()).isEqualTo(1280);
    assertThat(camera.height()).isEqualTo(720);
    assertThat(camera.fps()).isEqualTo(30);
  }

  @Test
  void aParsedDataBoxBindsWithDefaults() throws Exception {
    String text =
        """
        devices:
          cardReader: { type: serial-parsed, serial: { path: /dev/ttyACM1 }, maxFaceBytes: 32768 }
        """;

    CardReaderSettings box = yaml.readValue(text, Root.class).devices().cardReader();

    assertThat(box.serialParsed()).isTrue();
    assertThat(box.serial().selector()).isEqualTo(new PortSelector.ByPath(Path.of("/dev/ttyACM1")));
    assertThat(box.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(box.extendedLength()).isFalse();
    assertThat(box.maxFaceBytes()).isEqualTo(32768);
  }

  @Test
  void wrongValuesNameTheirKey() {
    assertThatThrownBy(() -> new CardReaderSettings("serial-apdu"))
        .hasMessage(
            "serial must be set for type serial-apdu (serial: { path: /dev/ttyACM1 } or usb: ...)");
    assertThatThrownBy(() -> new CardReaderSettings("pcsc"))
        .hasMessage(
            "type must be one of simulated, serial-apdu, serial-parsed, was 'pcsc' (PC/SC readers"
                + " are set in chip: pcscReader)");
    SerialPortSettings port = SerialPortSettings.atPath("/dev/ttyACM1");
    assertThatThrownBy(
            () ->
                new CardReaderSettings(
                    "serial-apdu", port, Duration.ofMillis(10), null, null, null))
        .hasMessage("responseTimeout must be PT0.05S..PT1M, was PT0.01S");
    assertThatThrownBy(() -> new CardReaderSettings("serial-parsed", port, null, null, null, 100))
        .hasMessage("maxFaceBytes must be 1024..49152, was 100");
    assertThatThrownBy(
            () -> new CameraSettings("v4l2", null, null, null, null, null, "/dev/video0", 8, null))
        .hasMessage("width must be 16..4096, was 8");
  }
}
