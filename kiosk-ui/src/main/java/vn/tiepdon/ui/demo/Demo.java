package vn.tiepdon.ui.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.devices.config.CameraSettings;
import vn.tiepdon.devices.gpio.pi4j.Pi4jKioskGpio;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.ui.app.KioskAssembly;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.fx.FxRuntime;
import vn.tiepdon.ui.fx.KioskWindow;

/**
 * {@code tiepdon demo}: the real kiosk on simulated devices, an embedded MQTT broker it reports to,
 * a simulator panel to play the patient and the bad day, and a live view of what reaches the
 * broker.
 */
public final class Demo {
  private static final Logger log = LoggerFactory.getLogger(Demo.class);

  private Demo() {}

  /** Runs until the kiosk window is closed. */
  public static void run(TiepdonConfig config, Path home, boolean fullscreen, Locale panelLocale) {
    Clock clock = Clock.systemDefaultZone();
    Path varDir = home.resolve(config.kiosk().dataDir());
    // The demo's chips are signed by its own test CSCA, and the demo kiosk trusts only that one.
    FxRuntime.startInBackground(); // while the broker and the kiosk are built
    TestIssuer issuer = TestIssuer.generate("TiepDon demo", clock);
    try (DemoBroker broker = DemoBroker.start(varDir.resolve("broker"));
        KioskAssembly kiosk =
            KioskAssembly.start(
                DemoSetup.onBroker(config, broker.url()),
                home,
                CscaTrustStore.of(List.of(issuer.csca())),
                clock)) {
      kiosk.simulatedHospital().ifPresent(his -> DemoSetup.insure(clock, his));
      FxRuntime.start();
      CountDownLatch closed = new CountDownLatch(1);
      DemoControlPanel panel =
          FxRuntime.call(
              () -> {
                DemoControlPanel controls = panel(kiosk, home, issuer, clock, panelLocale);
                if (kiosk.gpio() instanceof Pi4jKioskGpio gpio) {
                  gpio.mockControls().ifPresent(controls::addGpio);
                }
                Stage kioskStage = KioskWindow.open(kiosk, fullscreen, clock);
                kioskStage.setOnHidden(e -> closed.countDown());
                Stage panelStage = new Stage();
                panelStage.setTitle(controls.title());
                panelStage.setScene(new Scene(controls.root(), 720, 1000));
                panelStage.setX(kioskStage.getX() + kioskStage.getWidth() + 16);
                panelStage.setY(kioskStage.getY());
                panelStage.show();
                return controls;
              });
      kiosk
          .flow()
          .subscribe(
              snapshot -> {
                if (snapshot.state() instanceof FlowState.TicketShown) {
                  kiosk
                      .devices()
                      .simulatedPrinter()
                      .flatMap(p -> p.lastTicket())
                      .ifPresent(panel::showTicket);
                }
              });
      try (FleetListener live =
          MqttTelemetryFeed.listen(
              FleetSettings.anonymous(broker.url(), "tiepdon-demo-live-view"),
              new LiveHealthLines(panel::showLive))) {
        log.info("demo running; broker at {}", broker.url());
        closed.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      FxRuntime.stop();
    }
  }

  /**
   * The simulator panel of a demo kiosk: its made-up citizens carry the chip photo taken from the
   * image set the camera plays (the configured camera folder's people), so the demo matches end to
   * end. Call on the JavaFX thread.
   */
  public static DemoControlPanel panel(
      KioskAssembly kiosk, Path home, TestIssuer issuer, Clock clock, Locale locale) {
    CameraSettings camera = kiosk.config().devices().camera();
    Path folder = home.resolve(camera.folder()).normalize();
    List<DemoImageSet> sets = DemoImageSets.in(folder);
    DemoChipPhoto chipPhoto = new DemoChipPhoto();
    return new DemoControlPanel(
        kiosk.devices(),
        DemoSetup.citizens(clock, issuer, chipPhoto::current),
        new DemoFaces(
            sets,
            DemoImageSets.firstPlayed(sets, folder, camera.imageGlob()),
            chipPhoto,
            kiosk.missingFaceModels()),
        () -> kiosk.payShownPayment(clock),
        kiosk.simulatedHospital(),
        locale);
  }
}
