package vn.tiepdon.devices.gpio.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that runs before Pi4J touches native code: a clear reason, never a stack trace. */
class GpioBoardTest {
  @TempDir Path dev;

  @Test
  void aPcCpuIsNamed() {
    assertThat(GpioBoard.missing(dev, "amd64"))
        .contains(
            "this machine's CPU is amd64; Pi4J's gpiod plugin runs on a Raspberry Pi (aarch64 or"
                + " armhf) only");
  }

  @Test
  void anArmBoardWithoutTheGpioCharacterDeviceIsNamed() throws Exception {
    Files.createFile(dev.resolve("ttyAMA0"));
    Files.createFile(dev.resolve("gpiochipX"));

    assertThat(GpioBoard.missing(dev, "aarch64"))
        .contains("no GPIO character device (" + dev.resolve("gpiochip*") + ") on this machine");
    assertThat(GpioBoard.missing(dev.resolve("absent"), "arm")).isPresent();
  }

  @Test
  void aPiWithItsGpioChipIsUsable() throws Exception {
    Files.createFile(dev.resolve("gpiochip0"));
    Files.createFile(dev.resolve("gpiochip1"));

    assertThat(GpioBoard.missing(dev, "aarch64")).isEmpty();
    assertThat(GpioBoard.missing(dev, "arm")).isEmpty();
  }

  @Test
  void onHardwareOnThisMachineIsDownNotACrash() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        GpioBoard.missing().isPresent(), "this machine has GPIO");
    try (Pi4jKioskGpio gpio =
        Pi4jKioskGpio.onHardware(
            vn.tiepdon.devices.DeviceId.of(vn.tiepdon.devices.DeviceKind.GPIO, "board"),
            vn.tiepdon.devices.gpio.GpioLayout.standard(),
            java.time.Clock.systemUTC())) {
      assertThat(gpio.health().state()).isEqualTo(vn.tiepdon.devices.HealthState.DOWN);
      assertThat(gpio.health().reason())
          .isEqualTo(vn.tiepdon.devices.HealthReason.PORT_OPEN_FAILED);
      assertThat(gpio.mockControls()).isEmpty();
      assertThat(gpio.presence()).isFalse();
      gpio.statusLight(vn.tiepdon.devices.gpio.StatusLight.IDLE); // no pins: nothing to write
      gpio.beep(vn.tiepdon.devices.gpio.BeepPattern.OK);
    }
  }
}
