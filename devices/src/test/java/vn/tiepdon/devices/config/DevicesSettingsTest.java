package vn.tiepdon.devices.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

class DevicesSettingsTest {

  @Test
  void anEmptySectionIsEverythingSimulatedWithDefaults() {
    DevicesSettings s = new DevicesSettings(null, null, null, null);

    assertThat(s.scanner().type()).isEqualTo("simulated");
    assertThat(s.scanner().framing().framing()).isEqualTo(Framing.terminatedBy(Framing.CR));
    assertThat(s.scanner().debounce()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.printer().outputFolder()).isEqualTo("var/tickets");
    assertThat(s.printer().rollLengthMm()).isEqualTo(80_000);
    assertThat(s.camera().fps()).isEqualTo(15);
    assertThat(s.camera().imageGlob()).isEqualTo("*.{jpg,png}");
    assertThat(s.cardReader().type()).isEqualTo("simulated");
  }

  @Test
  void aSerialScannerByPathGetsDefaultLineSettings() {
    ScannerSettings s =
        new ScannerSettings("Serial", SerialPortSettings.atPath("/dev/ttyACM0"), null, null);

    assertThat(s.serialType()).isTrue();
    assertThat(s.serial().selector()).isEqualTo(new PortSelector.ByPath(Path.of("/dev/ttyACM0")));
    assertThat(s.serial().line()).isEqualTo(SerialLine.DEFAULT);
    assertThat(s.serial().reconnectInterval()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aSerialScannerByUsbIdAndFullLineSettings() {
    SerialPortSettings s =
        new SerialPortSettings(
            null,
            new UsbIdSettings("0x0C2E", "0b61", "21001A"),
            9600,
            7,
            "EVEN",
            "2",
            "rts-cts",
            Duration.ofMillis(500));

    assertThat(s.selector())
        .isEqualTo(new PortSelector.ByUsbId(0x0c2e, 0x0b61, Optional.of("21001A")));
    assertThat(s.line())
        .isEqualTo(
            new SerialLine(
                9600,
                7,
                SerialLine.Parity.EVEN,
                SerialLine.StopBits.TWO,
                SerialLine.FlowControl.RTS_CTS));
    assertThat(new UsbIdSettings("c2e", "b61", null).serialNumber()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "CR, 0d",
    "lf, 0a",
    "CRLF, 0d0a",
    "TAB, 09",
    "ETX, 03",
    "0x1D, 1d",
  })
  void terminatorsByNameOrHexByte(String name, String hex) {
    assertThat(FramingSettings.terminatorBytes(name))
        .isEqualTo(java.util.HexFormat.of().parseHex(hex));
  }

  @Test
  void idleGapFramingWithStripsAndLimit() {
    Framing f = new FramingSettings(null, Duration.ofMillis(80), "]Q1", "\u0004", 512).framing();

    assertThat(f.idleGap()).contains(Duration.ofMillis(80));
    assertThat(f.stripPrefix()).isEqualTo("]Q1".getBytes());
    assertThat(f.stripSuffix()).isEqualTo(new byte[] {4});
    assertThat(f.maxFrameBytes()).isEqualTo(512);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          usb; type must be one of simulated, serial, was 'usb'
          serial; serial must be set when type is serial, was missing
          """)
  void scannerTypeIsChecked(String type, String message) {
    assertThatThrownBy(() -> new ScannerSettings(type, null, null, null)).hasMessage(message);
  }

  @Test
  void badValuesNameTheFieldAndTheValue() {
    assertThatThrownBy(() -> new FramingSettings("NUL", null, null, null, null))
        .hasMessage(
            "terminator must be CR, LF, CRLF, TAB, ETX or one byte in hex such as 0x03, was 'NUL'");
    assertThatThrownBy(() -> new FramingSettings("CR", Duration.ofMillis(50), null, null, null))
        .hasMessage("set terminator or idleGap, not both; was terminator 'CR' and idleGap PT0.05S");
    assertThatThrownBy(() -> new FramingSettings(null, Duration.ofSeconds(30), null, null, null))
        .hasMessage("idleGap must be between PT0.001S and PT10S, was PT30S");
    assertThatThrownBy(() -> new FramingSettings(null, null, null, null, 8))
        .hasMessage("maxFrameBytes must be 16..65536, was 8");
    assertThatThrownBy(() -> new ScannerSettings(null, null, null, Duration.ofSeconds(-1)))
        .hasMessage("debounce must be 0..PT1M, was PT-1S");
    assertThatThrownBy(() -> new SerialPortSettings(null, null, null, null, null, null, null, null))
        .hasMessage("exactly one of path and usb must be set, was neither");
    assertThatThrownBy(
            () ->
                new SerialPortSettings(
                    "/dev/ttyACM0",
                    new UsbIdSettings("1", "2", null),
                    0,
                    0,
                    null,
                    null,
                    null,
                    null))
        .hasMessage("exactly one of path and usb must be set, was both (path '/dev/ttyACM0')");
    assertThatThrownBy(
            () -> new SerialPortSettings("/dev/x", null, -5, null, null, null, null, null))
        .hasMessage("baud must be 50..4000000, was -5");
    assertThatThrownBy(
            () -> new SerialPortSettings("/dev/x", null, null, 9, null, null, null, null))
        .hasMessage("dataBits must be 5..8, was 9");
    assertThatThrownBy(
            () -> new SerialPortSettings("/dev/x", null, null, null, "high", null, null, null))
        .hasMessage("parity must be one of none, odd, even, mark, space, was 'high'");
    assertThatThrownBy(
            () -> new SerialPortSettings("/dev/x", null, null, null, null, "3", null, null))
        .hasMessage("stopBits must be one of 1, 1.5, 2, was '3'");
    assertThatThrownBy(
            () -> new SerialPortSettings("/dev/x", null, null, null, null, null, "dtr", null))
        .hasMessage("flowControl must be one of none, rts-cts, xon-xoff, was 'dtr'");
    assertThatThrownBy(
            () ->
                new SerialPortSettings("/dev/x", null, null, null, null, null, null, Duration.ZERO))
        .hasMessage("reconnectInterval must be PT0.01S..PT1M, was PT0S");
    assertThatThrownBy(() -> new UsbIdSettings("0c2e1", "0b61", null))
        .hasMessage("vendorId must be 1-4 hex digits such as 0c2e, was '0c2e1'");
    assertThatThrownBy(() -> new UsbIdSettings("0c2e", null, null))
        .hasMessage("productId must be 1-4 hex digits such as 0c2e, was missing");
  }

  @Test
  void zeroIsNotTakenForTheDefault() {
    assertThatThrownBy(() -> new FramingSettings(null, null, null, null, 0))
        .hasMessage("maxFrameBytes must be 16..65536, was 0");
    assertThatThrownBy(() -> new CameraSettings(null, null, null, 0, null, null))
        .hasMessage("fps must be 1..120, was 0");
  }

  @Test
  void devicesNotAvailableYetAreNamed() {
    assertThatThrownBy(() -> new PrinterSettings("escpos", null, null, null))
        .hasMessage(
            "serial must be set for type escpos (serial: { path: /dev/ttyACM0 } or usb: ...)");
    assertThatThrownBy(() -> new CameraSettings("v4l2", null, null, null, null, null))
        .hasMessage(
            "device must be set for type v4l2 (e.g. /dev/video0, a /dev/v4l/by-id/ link or 0)");
    assertThatThrownBy(() -> new PrinterSettings(null, null, 1000, 1000))
        .hasMessage("nearEndMm must be 0..999, was 1000");
    assertThatThrownBy(() -> new CameraSettings(null, null, null, 10, 20, null))
        .hasMessage("minFps must be 1..10 (fps), was 20");
    assertThatThrownBy(
            () -> new CameraSettings(null, null, null, null, null, Duration.ofMillis(10)))
        .hasMessage("staleAfter must be >= PT0.1S, was PT0.01S");
  }
}
