package vn.tiepdon.devices.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.camera.opencv.OpenCvCamera;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.chipbox.serial.SerialChipBox;
import vn.tiepdon.devices.config.CameraSettings;
import vn.tiepdon.devices.config.CardReaderSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.SerialPortSettings;

/** Real-hardware settings build the real adapters; absent hardware is DOWN, not a failed start. */
class DeviceFactoryHardwareTest {
  @TempDir Path base;

  @Test
  void aSerialBoxAndAV4l2CameraThatAreNotThereAreDownPortNotFound() {
    DevicesSettings settings =
        new DevicesSettings(
            null,
            null,
            new CameraSettings("v4l2", null, null, null, null, null, "/dev/video97", null, null),
            new CardReaderSettings(
                "serial-apdu",
                SerialPortSettings.atPath(base.resolve("ttyBox").toString()),
                Duration.ofSeconds(1),
                null,
                null,
                null));
    try (DeviceSet<Object> devices = new DeviceFactory(Clock.systemUTC(), base).create(settings)) {
      assertThat(devices.camera()).isInstanceOf(OpenCvCamera.class);
      assertThat(devices.cardReader()).isInstanceOf(SerialChipBox.class);
      assertThat(devices.simulatedCamera()).isEmpty();
      assertThat(devices.simulatedCardReader()).isEmpty();
      assertThat(devices.chipBox().orElseThrow()).isSameAs(devices.cardReader());

      devices.camera().start(frame -> {});
      devices
          .cardReader()
          .start(
              new CardListener<>() {
                @Override
                public void placed(CardHandle<Object> card) {}

                @Override
                public void removed(CardHandle<Object> card) {}
              });

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  devices.camera().health().reason() == HealthReason.PORT_NOT_FOUND
                      && devices.cardReader().health().reason() == HealthReason.PORT_NOT_FOUND);
      assertThat(devices.cardReader().selfTest().passed()).isFalse();
      assertThat(devices.camera().selfTest().passed()).isFalse();
    }
  }

  @Test
  void anEscPosPrinterThatIsNotThereIsTheRealAdapterAndDown() {
    try (var printer =
        new DeviceFactory(Clock.systemUTC(), base)
            .printer(
                vn.tiepdon.devices.config.PrinterSettings.escpos(
                    SerialPortSettings.atPath(base.resolve("ttyPrinter").toString())))) {
      assertThat(printer).isInstanceOf(vn.tiepdon.devices.printer.escpos.EscPosTicketPrinter.class);
      assertThat(printer.selfTest().passed()).isFalse();
    }
  }

  @Test
  void autoIsTheCameraWhenItsDeviceExistsAndTheSimulatorOtherwise() throws Exception {
    DeviceFactory factory = new DeviceFactory(Clock.systemUTC(), base);
    java.nio.file.Files.createDirectories(base.resolve("faces"));

    try (var camera =
        factory.camera(
            new CameraSettings(
                "auto", "faces", null, null, null, null, "/dev/video97", null, null))) {
      assertThat(camera).isInstanceOf(vn.tiepdon.devices.sim.SimulatedCamera.class);
    }
    Path recording = java.nio.file.Files.createFile(base.resolve("recording.avi"));
    try (var camera =
        factory.camera(
            new CameraSettings(
                "auto", "faces", null, null, null, null, recording.toString(), null, null))) {
      assertThat(camera).isInstanceOf(OpenCvCamera.class);
    }
    assertThat(new CameraSettings("auto", null, null, null, null, null).device())
        .isEqualTo("/dev/video0");
  }
}
