package vn.tiepdon.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.flow.CheckInFlow;

/** The configuration files shipped in config/ load and mean what their comments say. */
class SampleConfigsTest {
  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void theDemoRunsOnSimulatorsWithTheEightDepartmentsOfTheUxGuide() {
    TiepdonConfig demo = loader.load(Path.of("../config/demo.yaml"));
    assertThat(demo.queue().services()).hasSize(8);
    assertThat(demo.devices().scanner().type()).isEqualTo("simulated");
    assertThat(demo.site().name().in(CheckInFlow.VIETNAMESE))
        .isEqualTo("Bệnh viện Đa khoa Tỉnh Ước Mơ");
    assertThat(demo.telemetryIfConfigured()).isPresent();
    assertThat(demo.devices().gpio().pi4jType()).as("the demo's GPIO is the mock").isFalse();
    assertThat(demo.kiosk().sleepAfter()).isEqualTo(java.time.Duration.ofMinutes(3));
    assertThat(demo.kiosk().identityCheck()).isEqualTo(IdentityCheck.QR_CHIP_AND_FACE);
    assertThat(demo.devices().camera().auto()).as("the webcam when there is one").isTrue();
    assertThat(demo.devices().camera().folder()).isEqualTo("../shared/faces");
    assertThat(demo.face().liveness()).isTrue();
    assertThat(demo.face().ifModelsMissing()).isEqualTo(MissingFaceModels.CALL_STAFF);
  }

  @Test
  void theKioskSampleUsesTheSerialScannerAndTls() {
    TiepdonConfig kiosk = loader.load(Path.of("../config/kiosk.yaml"));
    assertThat(kiosk.devices().scanner().type()).isEqualTo("serial");
    assertThat(kiosk.telemetry().usesTls()).isTrue();
    assertThat(kiosk.ui().fullscreen()).isTrue();
    // The Raspberry Pi's pins in the wiring of devices/README.md.
    assertThat(kiosk.devices().gpio().pi4jType()).isTrue();
    assertThat(kiosk.devices().gpio().layout())
        .isEqualTo(vn.tiepdon.devices.gpio.GpioLayout.standard());
    assertThat(kiosk.kiosk().sleepAfter()).isEqualTo(java.time.Duration.ofMinutes(3));
  }

  @Test
  void theDeskSampleLoads() {
    DeskConfig desk = loader.loadDesk(Path.of("../config/desk.yaml"));
    assertThat(desk.desk().webhookPort()).isEqualTo(8088);
    assertThat(desk.payment().bankBin()).isEqualTo("970436");
  }
}
