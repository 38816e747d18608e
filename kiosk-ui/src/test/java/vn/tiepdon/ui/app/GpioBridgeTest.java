package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import vn.tiepdon.ui.config.ConfigException;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.FailureKind;
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

  @Test
  void theBuzzerSoundsWhenTheQrCodeIsAcceptedAndTheChipComesNext() {
    TiepdonConfig qrOnly = QrOnlyDemoKiosk.config(home, null, null, null);
    vn.tiepdon.ui.config.KioskSettings k = qrOnly.kiosk();
    TiepdonConfig withChip =
        new TiepdonConfig(
            qrOnly.site(),
            new vn.tiepdon.ui.config.KioskSettings(
                k.id(),
                k.dataDir(),
                vn.tiepdon.ui.config.IdentityCheck.QR_AND_CHIP,
                k.idleTimeout(),
                k.idleWarning(),
                k.hospitalSystem()),
            qrOnly.ui(),
            qrOnly.devices(),
            qrOnly.queue(),
            qrOnly.payment(),
            null,
            qrOnly.chip(),
            qrOnly.staff(),
            qrOnly.face(),
            qrOnly.his(),
            null);
    try (KioskAssembly kiosk =
        KioskAssembly.start(withChip, home, CscaTrustStore.of(List.of()), Clock.systemUTC())) {
      MockGpioControls pins = ((Pi4jKioskGpio) kiosk.gpio()).mockControls().orElseThrow();
      List<com.pi4j.io.gpio.digital.DigitalState> buzzer =
          new java.util.concurrent.CopyOnWriteArrayList<>();
      pins.buzzerLine().addListener(e -> buzzer.add(e.state()));
      kiosk.flow().touch();
      kiosk.flow().chooseLanguage(vn.tiepdon.ui.flow.CheckInFlow.VIETNAMESE);
      kiosk.flow().agree();
      assertThat(kiosk.flow().state()).isInstanceOf(FlowState.ScanQr.class);
      assertThat(buzzer).as("no beep on the way to the scanner").isEmpty();

      kiosk.devices().simulatedScanner().orElseThrow().scan(MADE_UP_QR);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> kiosk.flow().state() instanceof FlowState.ReadChip);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  buzzer.contains(com.pi4j.io.gpio.digital.DigitalState.HIGH) && !pins.buzzerOn());
    }
  }

  /** A made-up citizen's CCCD QR code (2021 layout). */
  private static final String MADE_UP_QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  @Test
  void aGoodQrScanAndAGoodChipReadBeepButARetryOrAProgressStepDoesNot() {
    FlowState scan = new FlowState.ScanQr();
    FlowState readChip = new FlowState.ReadChip(0);
    FlowState qrRetry = new FlowState.Failure(FailureKind.QR_UNREADABLE, 2);
    FlowState chipRetry = new FlowState.Failure(FailureKind.CHIP_UNREADABLE, 2);

    assertThat(GpioBridge.goodScan(scan, readChip)).isTrue();
    assertThat(GpioBridge.goodScan(qrRetry, readChip)).isTrue();
    assertThat(GpioBridge.goodScan(new FlowState.ReadChip(50), FlowState.VerifyFace.starting()))
        .isTrue();
    assertThat(GpioBridge.goodScan(chipRetry, readChip)).as("retrying the chip").isFalse();
    assertThat(GpioBridge.goodScan(scan, qrRetry)).isFalse();
    assertThat(GpioBridge.goodScan(new FlowState.Consent(), scan)).isFalse();
  }

  @Test
  void aStartUpWithTheBoardsPinsOnAnotherMachineNamesTheKey() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        vn.tiepdon.devices.gpio.pi4j.GpioBoard.missing().isPresent(), "this machine has GPIO");
    TiepdonConfig demo = QrOnlyDemoKiosk.config(home, null, null, null);
    vn.tiepdon.devices.config.DevicesSettings d = demo.devices();
    TiepdonConfig onThePi =
        new TiepdonConfig(
            demo.site(),
            demo.kiosk(),
            demo.ui(),
            new vn.tiepdon.devices.config.DevicesSettings(
                d.scanner(),
                d.printer(),
                d.camera(),
                d.cardReader(),
                new vn.tiepdon.devices.config.GpioSettings(
                    "pi4j", null, null, null, null, null, null, null, null, null, null, null)),
            demo.queue(),
            demo.payment(),
            null,
            demo.chip(),
            demo.staff(),
            demo.face(),
            demo.his(),
            null);

    assertThatThrownBy(
            () ->
                KioskAssembly.start(onThePi, home, CscaTrustStore.of(List.of()), Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("devices.gpio.type: type pi4j needs a Raspberry Pi's GPIO")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("devices.gpio.type");
  }
}
