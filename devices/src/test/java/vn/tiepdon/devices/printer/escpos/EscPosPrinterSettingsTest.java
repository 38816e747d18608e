package vn.tiepdon.devices.printer.escpos;

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
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.devices.config.SerialPortSettings;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;

/** The printer part of the kiosk YAML, bound the way kiosk-ui's loader binds it. */
class EscPosPrinterSettingsTest {
  record Root(DevicesSettings devices) {}

  private static final DeviceId ID = DeviceId.of(DeviceKind.PRINTER, "main");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PrinterSettings printer(String printerYaml) throws Exception {
    return yaml.readValue("devices:\n  printer:\n" + printerYaml.indent(4), Root.class)
        .devices()
        .printer();
  }

  @Test
  void theReadmePrinterExampleBinds() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## The ESC/POS printer");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));

    PrinterSettings s = yaml.readValue(example, Root.class).devices().printer();

    assertThat(s.escposType()).isTrue();
    EscPosPrinterConfig config = s.escpos(ID);
    assertThat(config.port()).isEqualTo(new PortSelector.ByUsbId(0x0416, 0x5011, Optional.empty()));
    assertThat(config.line().baud()).isEqualTo(115200);
    assertThat(config.cut()).isEqualTo(Cut.FULL);
  }

  @Test
  void defaultsOfAnEscposPrinter() throws Exception {
    EscPosPrinterConfig config = printer("type: escpos\nserial: { path: /dev/ttyUSB0 }").escpos(ID);

    assertThat(config)
        .isEqualTo(
            new EscPosPrinterConfig(
                ID,
                new PortSelector.ByPath(Path.of("/dev/ttyUSB0")),
                SerialLine.DEFAULT,
                Duration.ofMillis(500),
                Duration.ofSeconds(20),
                true,
                4,
                Cut.FULL,
                Duration.ofSeconds(30)));
    assertThat(config)
        .isEqualTo(
            EscPosPrinterConfig.defaults(
                ID, new PortSelector.ByPath(Path.of("/dev/ttyUSB0")), SerialLine.DEFAULT));
  }

  @Test
  void everyEscposSettingBinds() throws Exception {
    EscPosPrinterConfig config =
        printer(
                """
                type: ESCPOS
                serial: { path: /dev/printer, baud: 9600, flowControl: rts-cts }
                statusTimeout: PT1S
                printTimeout: PT45S
                confirmPrint: false
                feedLines: 6
                cut: partial
                statusPollInterval: PT0S
                """)
            .escpos(ID);

    assertThat(config.line().baud()).isEqualTo(9600);
    assertThat(config.line().flowControl()).isEqualTo(SerialLine.FlowControl.RTS_CTS);
    assertThat(config.statusTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.printTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(config.confirmPrint()).isFalse();
    assertThat(config.feedLines()).isEqualTo(6);
    assertThat(config.cut()).isEqualTo(Cut.PARTIAL);
    assertThat(config.statusPollInterval()).isZero();
  }

  @Test
  void theSimulatedPrinterStaysTheDefault() throws Exception {
    PrinterSettings s = printer("outputFolder: var/t");

    assertThat(s.escposType()).isFalse();
    assertThat(s).isEqualTo(new PrinterSettings(null, "var/t", null, null));
    assertThatThrownBy(() -> s.escpos(ID))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("printer type simulated has no serial port");
  }

  @Test
  void wrongValuesAreNamedAtLoad() {
    assertBadYaml("type: thermal", "type must be one of simulated, escpos, was 'thermal'");
    assertBadYaml(
        "type: escpos",
        "serial must be set for type escpos (serial: { path: /dev/ttyACM0 } or usb: ...)");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p }\ncut: half",
        "cut must be one of full, partial, was 'half'");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p }\nstatusTimeout: PT0.001S",
        "statusTimeout must be PT0.02S..PT10S, was PT0.001S");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p }\nprintTimeout: PT3M",
        "printTimeout must be PT0.1S..PT2M, was PT3M");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p }\nfeedLines: 300",
        "feedLines must be 0..255, was 300");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p }\nstatusPollInterval: PT0.5S",
        "statusPollInterval must be 0 (off) or at least PT1S, was PT0.5S");
    assertBadYaml(
        "type: escpos\nserial: { path: /dev/p, baud: 3 }", "baud must be 50..4000000, was 3");
  }

  @Test
  void aPrinterOnAPortWithDefaultsFromCode() {
    PrinterSettings s = PrinterSettings.escpos(SerialPortSettings.atPath("/dev/ttyACM1"));

    assertThat(s.escpos(ID).port()).isEqualTo(new PortSelector.ByPath(Path.of("/dev/ttyACM1")));
  }

  private void assertBadYaml(String printerYaml, String message) {
    assertThatThrownBy(() -> printer(printerYaml))
        .isInstanceOf(ValueInstantiationException.class)
        .rootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
