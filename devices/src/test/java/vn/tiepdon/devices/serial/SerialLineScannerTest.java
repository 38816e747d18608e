package vn.tiepdon.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.scanner.Framing;

/** Port selection, without hardware: what happens when the configured scanner is not there. */
class SerialLineScannerTest {
  @TempDir Path folder;

  private SerialLineScanner scanner(PortSelector port) {
    return new SerialLineScanner(
        new SerialScannerConfig(
            DeviceId.of(DeviceKind.SCANNER, "main"),
            port,
            SerialLine.DEFAULT,
            Framing.terminatedBy(Framing.CR),
            Duration.ZERO,
            Duration.ofMillis(20)),
        Clock.systemUTC());
  }

  @Test
  void aMissingPathIsPortNotFound() {
    try (SerialLineScanner s = scanner(new PortSelector.ByPath(folder.resolve("ttyNone")))) {
      assertThat(s.health().reason()).isEqualTo(HealthReason.NOT_STARTED);
      s.start(scan -> {});
      await().until(() -> s.health().reason() == HealthReason.PORT_NOT_FOUND);
      assertThat(s.selfTest().passed()).isFalse();
    }
  }

  @Test
  void aUsbIdWithNoDeviceIsPortNotFound() {
    PortSelector usb = new PortSelector.ByUsbId(0xfff1, 0x0001, Optional.of("NOPE"));
    try (SerialLineScanner s = scanner(usb)) {
      s.start(scan -> {});
      await().until(() -> s.health().reason() == HealthReason.PORT_NOT_FOUND);
      assertThat(s.health().detail()).isEqualTo("no port with usb fff1:0001 serial NOPE");
    }
  }

  @Test
  void aFileThatIsNotATerminalCannotBeOpened() throws Exception {
    Path notATty = java.nio.file.Files.writeString(folder.resolve("plain"), "x");
    try (SerialLineScanner s = scanner(new PortSelector.ByPath(notATty))) {
      s.start(scan -> {});
      await()
          .until(
              () ->
                  List.of(HealthReason.PORT_OPEN_FAILED, HealthReason.PORT_NOT_FOUND)
                      .contains(s.health().reason()));
    }
  }
}
