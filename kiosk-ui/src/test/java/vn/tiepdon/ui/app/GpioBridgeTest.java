package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.devices.gpio.StatusLight;
import vn.tiepdon.devices.gpio.pi4j.MockGpioControls;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.FlowState;

/**
 * The staff-call button and the status light on Pi4J's mock platform, wired by the real composition
 * root: a press calls staff (and the light turns amber), maintenance shows red, a free kiosk green.
 */
class GpioBridgeTest {
  @TempDir Path home;

  @Test
  void theStaffCallButtonCallsStaffAndTheLightFollowsTheKiosk() {
    TiepdonConfig demo = new ConfigLoader().load(Path.of("../config/demo.yaml"));
    TiepdonConfig config =
        new TiepdonConfig(
            demo.site(),
            new vn.tiepdon.ui.config.KioskSettings(
                demo.kiosk().id(),
                home.resolve("data").toString(),
                vn.tiepdon.ui.config.IdentityCheck.QR_ONLY,
                null,
                null,
                null),
            new vn.tiepdon.ui.config.UiSettings(null, null, null, null, false, null),
            new vn.tiepdon.devices.config.DevicesSettings(
                demo.devices().scanner(),
                new vn.tiepdon.devices.config.PrinterSettings(
                    "simulated", home.resolve("tickets").toString(), null, null),
                null,
                null),
            demo.queue(),
            demo.payment(),
            null,
            demo.chip(),
            demo.staff(),
            demo.face(),
            null);
    try (KioskAssembly kiosk =
        KioskAssembly.start(config, home, CscaTrustStore.of(List.of()), Clock.systemUTC())) {
      MockGpioControls button = ((Pi4jKioskGpio) kiosk.gpio()).mockControls().orElseThrow();
      assertThat(kiosk.gpio().statusLight()).isEqualTo(StatusLight.IDLE);

      kiosk.flow().touch();
      assertThat(kiosk.gpio().statusLight()).isEqualTo(StatusLight.BUSY);
      button.pressStaffCall();
      button.releaseStaffCall();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> kiosk.flow().state() instanceof FlowState.StaffCalled);
      assertThat(kiosk.gpio().statusLight()).isEqualTo(StatusLight.STAFF_CALLED);

      kiosk.staff().maintenance(true);
      assertThat(kiosk.gpio().statusLight()).isEqualTo(StatusLight.ERROR);
      kiosk.staff().maintenance(false);
      assertThat(kiosk.gpio().statusLight()).isEqualTo(StatusLight.IDLE);
      assertThat(kiosk.staff().selfTest())
          .extracting(StaffConsole.DeviceCheck::device)
          .contains("gpio/main");
    }
  }
}
