package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.config.CameraSettings;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.gpio.StatusLight;
import vn.tiepdon.devices.gpio.pi4j.MockGpioControls;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.devices.sim.SimulatedCamera;
import vn.tiepdon.ui.config.KioskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.MutableClock;

/**
 * The presence sensor, on Pi4J's mock platform, and the sleeping attract screen, wired by the real
 * composition root: quiet for {@code sleepAfter} puts the screen to sleep and the simulated camera
 * in standby; someone walking up (the sensor's pin driven), a touch or a scan wakes both.
 */
class PresenceSleepTest {
  private static final Duration SLEEP_AFTER = Duration.ofSeconds(30);

  @TempDir Path home;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final AtomicInteger frames = new AtomicInteger();
  private KioskAssembly kiosk;
  private MockGpioControls sensor;
  private SimulatedCamera camera;

  @BeforeEach
  void start() throws Exception {
    Path faces = Files.createDirectories(home.resolve("faces"));
    for (Color colour : List.of(Color.GRAY, Color.LIGHT_GRAY)) {
      BufferedImage card = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
      java.awt.Graphics2D g = card.createGraphics();
      g.setColor(colour);
      g.fillRect(0, 0, 64, 48);
      g.dispose();
      ImageIO.write(card, "png", faces.resolve(colour.getRGB() + ".png").toFile());
    }
    TiepdonConfig qrOnly = QrOnlyDemoKiosk.config(home, null, null, null);
    KioskSettings k = qrOnly.kiosk();
    DevicesSettings d = qrOnly.devices();
    TiepdonConfig config =
        new TiepdonConfig(
            qrOnly.site(),
            new KioskSettings(
                k.id(),
                k.dataDir(),
                k.identityCheck(),
                k.idleTimeout(),
                k.idleWarning(),
                k.hospitalSystem(),
                SLEEP_AFTER),
            qrOnly.ui(),
            new DevicesSettings(
                d.scanner(),
                d.printer(),
                new CameraSettings("simulated", faces.toString(), "*.png", 15, null, null),
                d.cardReader(),
                d.gpio()),
            qrOnly.queue(),
            qrOnly.payment(),
            null,
            qrOnly.chip(),
            qrOnly.staff(),
            qrOnly.face(),
            qrOnly.his(),
            null);
    kiosk = KioskAssembly.start(config, home, CscaTrustStore.of(List.of()), clock);
    sensor = ((Pi4jKioskGpio) kiosk.gpio()).mockControls().orElseThrow();
    // The face step starts the camera on a face kiosk; this QR-only kiosk lends it to the test.
    camera = kiosk.devices().simulatedCamera().orElseThrow();
    camera.start(frame -> frames.incrementAndGet());
    await().atMost(Duration.ofSeconds(10)).until(() -> camera.health().isUp());
  }

  @AfterEach
  void stop() {
    kiosk.close();
  }

  private boolean asleep() {
    return kiosk.flow().snapshot().asleep();
  }

  private void quietFor(Duration quiet) {
    clock.advance(quiet);
    kiosk.flow().tick(); // the kiosk's ticker does the same once a second
  }

  private void assertAsleepWithTheCameraInStandby() {
    assertThat(asleep()).isTrue();
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertThat(camera.inStandby()).isTrue();
    assertThat(camera.health().state()).isEqualTo(HealthState.DOWN);
    assertThat(camera.health().reason()).isEqualTo(HealthReason.STANDBY);
    int seen = frames.get();
    assertThat(camera.nextFrame()).as("no frame is taken while asleep").isFalse();
    assertThat(frames.get()).isEqualTo(seen);
  }

  private void assertAwakeWithTheCameraCapturing() {
    assertThat(asleep()).isFalse();
    assertThat(camera.inStandby()).isFalse();
    int seen = frames.get();
    await().atMost(Duration.ofSeconds(10)).until(() -> frames.get() > seen + 2);
    await().atMost(Duration.ofSeconds(10)).until(() -> camera.health().isUp());
  }

  @Test
  void aQuietAttractScreenSleepsAndSomeoneWalkingUpWakesIt() {
    quietFor(SLEEP_AFTER.minusSeconds(1));
    assertThat(asleep()).isFalse();

    quietFor(Duration.ofSeconds(1));
    assertAsleepWithTheCameraInStandby();
    assertThat(kiosk.gpio().statusLight())
        .as("the kiosk is still free, as seen from across the hall")
        .isEqualTo(StatusLight.IDLE);
    assertThat(kiosk.devices().health().snapshot())
        .filteredOn(h -> h.reason() == HealthReason.STANDBY)
        .hasSize(1);

    sensor.personArrives(); // the PIR module's output goes high on BCM 17
    await().atMost(Duration.ofSeconds(10)).until(() -> !asleep());
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertAwakeWithTheCameraCapturing();
  }

  @Test
  void whileSomeoneStandsThereTheScreenStaysAwakeAndTheQuietStartsWhenTheyLeave() {
    sensor.personArrives();
    await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.gpio().presence());
    quietFor(Duration.ofMinutes(10));
    assertThat(asleep()).isFalse();

    clock.advance(Duration.ofSeconds(1)); // past the debounce
    sensor.personLeaves();
    await().atMost(Duration.ofSeconds(10)).until(() -> !kiosk.gpio().presence());
    quietFor(SLEEP_AFTER.minusSeconds(1));
    assertThat(asleep()).isFalse();
    quietFor(Duration.ofSeconds(1));
    assertAsleepWithTheCameraInStandby();
  }

  @Test
  void aTouchOnTheDarkScreenOnlyWakesItAndTheNextTouchStartsTheSession() {
    quietFor(SLEEP_AFTER);
    assertAsleepWithTheCameraInStandby();

    kiosk.flow().touch();
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertAwakeWithTheCameraCapturing();

    kiosk.flow().touch();
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.ChooseLanguage.class);
    quietFor(SLEEP_AFTER.multipliedBy(2));
    assertThat(asleep()).as("a session never sleeps; its idle timeout ends it").isFalse();
  }

  @Test
  void aCardHeldUnderTheScannerWakesTheKiosk() {
    quietFor(SLEEP_AFTER);
    assertAsleepWithTheCameraInStandby();

    kiosk.devices().simulatedScanner().orElseThrow().scan("not a CCCD, only a wake-up");
    await().atMost(Duration.ofSeconds(10)).until(() -> !asleep());
    assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Attract.class);
    assertAwakeWithTheCameraCapturing();
  }

  @Test
  void theStaffButtonOnADarkScreenCallsStaffAndTheScreenLightsUp() {
    quietFor(SLEEP_AFTER);
    assertAsleepWithTheCameraInStandby();

    clock.advance(Duration.ofSeconds(1));
    sensor.pressStaffCall();
    sensor.releaseStaffCall();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> kiosk.flow().state() instanceof FlowState.StaffCalled);
    assertThat(kiosk.flow().snapshot().asleep()).isFalse();
    assertAwakeWithTheCameraCapturing();
  }
}
