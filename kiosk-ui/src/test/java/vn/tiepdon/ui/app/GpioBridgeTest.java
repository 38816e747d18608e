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
    TiepdonConfig config = QrOnlyDemoKiosk.config(home, null, null, null);
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
