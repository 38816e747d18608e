package vn.tiepdon.ui.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
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
      FxRuntime.start();
      CountDownLatch closed = new CountDownLatch(1);
      DemoControlPanel panel =
          FxRuntime.call(
              () -> {
                DemoControlPanel controls =
                    new DemoControlPanel(
                        kiosk.devices(),
                        DemoSetup.citizens(clock, issuer),
                        imageSets(home.resolve("../shared/faces")),
                        () -> kiosk.payShownPayment(clock),
                        kiosk.simulatedHospital(),
                        panelLocale);
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

  private static List<Path> imageSets(Path faces) {
    if (!Files.isDirectory(faces)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(faces)) {
      return Stream.concat(Stream.of(faces), entries.filter(Files::isDirectory)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
