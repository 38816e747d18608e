package vn.tiepdon.devices.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.MutableClock;
import vn.tiepdon.devices.config.CameraSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.GpioSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.devices.config.ScannerSettings;
import vn.tiepdon.devices.config.SerialPortSettings;
import vn.tiepdon.devices.gpio.NoGpioBoardException;
import vn.tiepdon.devices.gpio.pi4j.GpioBoard;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.devices.printer.PrintResult;
import vn.tiepdon.devices.scanner.RecordingScanListener;
import vn.tiepdon.devices.serial.SerialLineScanner;

class DeviceFactoryTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  @TempDir Path base;

  private DeviceFactory factory() {
    return new DeviceFactory(clock, base, new Random(5));
  }

  private DevicesSettings simulatedWithCameraFolder() throws IOException {
    ImageIO.write(
        new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB),
        "png",
        base.resolve("test-card.png").toFile());
    return new DevicesSettings(
        null,
        new PrinterSettings(null, "tickets", null, null),
        new CameraSettings(null, ".", "*.png", null, null, null),
        null);
  }

  @Test
  void buildsTheSimulatedKioskAndRegistersEveryDevice() throws IOException {
    try (DeviceSet<String> devices = factory().create(simulatedWithCameraFolder())) {
      assertThat(devices.health().snapshot())
          .extracting(h -> h.device().kind())
          .containsExactly(
              DeviceKind.SCANNER, DeviceKind.PRINTER, DeviceKind.CAMERA, DeviceKind.CHIP_READER);

      RecordingScanListener scans = new RecordingScanListener();
      devices.scanner().start(scans);
      devices.simulatedScanner().orElseThrow().scan("Trần Thị Bình");
      assertThat(scans.texts()).containsExactly("Trần Thị Bình");

      assertThat(
              devices
                  .printer()
                  .print(new BufferedImage(576, 80, BufferedImage.TYPE_BYTE_BINARY))
                  .result())
          .isEqualTo(PrintResult.PRINTED);
      assertThat(devices.simulatedPrinter().orElseThrow().lastTicket().orElseThrow())
          .startsWith(base.resolve("tickets"));
      devices.simulatedCamera().orElseThrow().unplug();
      assertThat(devices.health().overall()).isEqualTo(HealthState.DOWN);
      assertThat(devices.simulatedCardReader()).isPresent();
    }
  }

  @Test
  void theSimulatedGpioIsPi4jsMockPlatformWithTheConfiguredPins() {
    GpioSettings settings =
        new GpioSettings(null, 5, null, null, null, null, null, null, null, null, null, null);
    try (Pi4jKioskGpio gpio = factory().gpio(settings)) {
      assertThat(gpio.id()).isEqualTo(DeviceFactory.GPIO);
      assertThat(gpio.health().state()).isEqualTo(HealthState.UP);
      gpio.mockControls().orElseThrow().personArrives();
      assertThat(gpio.presence()).isTrue();
    }
  }

  @Test
  void theBoardsGpioOnAMachineWithoutOneIsAOneLineSetupError() {
    assumeTrue(GpioBoard.missing().isPresent(), "this machine has GPIO");
    GpioSettings pi4j =
        new GpioSettings("pi4j", null, null, null, null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> factory().gpio(pi4j))
        .isInstanceOf(NoGpioBoardException.class)
        .hasMessageStartingWith("type pi4j needs a Raspberry Pi's GPIO, but ")
        .hasMessageContaining(GpioBoard.missing().get())
        .hasMessageEndingWith("; use type simulated on any other machine");
  }

  @Test
  void aSerialScannerSettingBuildsTheJSerialCommAdapter() {
    ScannerSettings serial =
        new ScannerSettings(
            "serial", SerialPortSettings.atPath(base.resolve("ttyMissing").toString()), null, null);
    try (var scanner = new DeviceFactory(java.time.Clock.systemUTC(), base).scanner(serial)) {
      assertThat(scanner).isInstanceOf(SerialLineScanner.class);
      scanner.start(scan -> {});
      await().until(() -> scanner.health().reason() == HealthReason.PORT_NOT_FOUND);
    }
  }

  @Test
  void aMissingCameraFolderIsACameraDownWithNoImagesNotAFailedStart() {
    CameraSettings camera = new CameraSettings(null, "nowhere", null, null, null, null);
    var built = factory().camera(camera);
    built.start(frame -> {});
    assertThat(built.health().state()).isEqualTo(vn.tiepdon.devices.HealthState.DOWN);
    assertThat(built.health().reason()).isEqualTo(vn.tiepdon.devices.HealthReason.NO_IMAGES);
    assertThat(built.health().detail()).contains("nowhere");
  }
}
