package vn.tiepdon.ui.fx;

import java.nio.file.Path;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.KioskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;

/** The demo configuration the product ships, pointed at a test's folder and broker. */
final class KioskTestConfig {
  private KioskTestConfig() {}

  /**
   * The demo kiosk with the face step (QR, chip and face), no broker: the camera plays {@code
   * cameraGlob} of shared/faces, the models are shared/models, liveness as asked.
   */
  static TiepdonConfig withFaceOn(Path home, String cameraGlob, boolean liveness) {
    TiepdonConfig demo = demoOn(home, "tcp://127.0.0.1:1");
    KioskSettings k = demo.kiosk();
    DevicesSettings d = demo.devices();
    Path shared = Path.of("../../shared").toAbsolutePath().normalize();
    return new TiepdonConfig(
        demo.site(),
        new KioskSettings(
            k.id(),
            k.dataDir(),
            vn.tiepdon.ui.config.IdentityCheck.QR_CHIP_AND_FACE,
            k.idleTimeout(),
            k.idleWarning(),
            k.hospitalSystem()),
        demo.ui(),
        new DevicesSettings(
            d.scanner(),
            d.printer(),
            new vn.tiepdon.devices.config.CameraSettings(
                "simulated", shared.resolve("faces").toString(), cameraGlob, 15, null, null),
            d.cardReader()),
        demo.queue(),
        demo.payment(),
        null,
        demo.chip(),
        demo.staff(),
        new vn.tiepdon.ui.config.FaceCheckSettings(
            shared.resolve("models").toString(), null, liveness, java.time.Duration.ofSeconds(8)),
        demo.his(),
        null);
  }

  /**
   * The demo kiosk with QR and chip only (the tests of the other steps; the demo's face step has
   * its own tests), its data and tickets under {@code home}, reporting to {@code brokerUrl}.
   */
  static TiepdonConfig demoOn(Path home, String brokerUrl) {
    TiepdonConfig demo = demoWithFaceOn(home, brokerUrl);
    KioskSettings k = demo.kiosk();
    return new TiepdonConfig(
        demo.site(),
        new KioskSettings(
            k.id(),
            k.dataDir(),
            vn.tiepdon.ui.config.IdentityCheck.QR_AND_CHIP,
            k.idleTimeout(),
            k.idleWarning(),
            k.hospitalSystem()),
        demo.ui(),
        demo.devices(),
        demo.queue(),
        demo.payment(),
        demo.telemetry(),
        demo.chip(),
        demo.staff(),
        demo.face(),
        demo.his(),
        null);
  }

  /**
   * The demo configuration as shipped (QR, chip and face), its data and tickets under {@code home},
   * the camera playing the configured people of shared/faces, the models from {@code
   * TIEPDON_MODELS} or shared/models.
   */
  static TiepdonConfig demoWithFaceOn(Path home, String brokerUrl) {
    TiepdonConfig demo = new ConfigLoader().load(Path.of("../config/demo.yaml"));
    KioskSettings k = demo.kiosk();
    DevicesSettings d = demo.devices();
    PrinterSettings p = d.printer();
    TelemetrySettings t = demo.telemetry();
    return new TiepdonConfig(
        demo.site(),
        new KioskSettings(
            k.id(),
            home.resolve("data").toString(),
            k.identityCheck(),
            k.idleTimeout(),
            k.idleWarning(),
            k.hospitalSystem()),
        demo.ui(),
        new DevicesSettings(
            d.scanner(),
            new PrinterSettings(
                p.type(), home.resolve("tickets").toString(), p.rollLengthMm(), p.nearEndMm()),
            new vn.tiepdon.devices.config.CameraSettings(
                "simulated",
                Path.of("../../shared/faces").toAbsolutePath().normalize().toString(),
                d.camera().imageGlob(),
                d.camera().fps(),
                null,
                null),
            d.cardReader()),
        demo.queue(),
        demo.payment(),
        new TelemetrySettings(
            brokerUrl,
            t.siteId(),
            t.kioskId(),
            "",
            "",
            "",
            java.time.Duration.ofSeconds(1),
            t.keepAlive(),
            t.reconnectDelay(),
            t.reconnectMaxDelay(),
            t.outbox()),
        demo.chip(),
        demo.staff(),
        new vn.tiepdon.ui.config.FaceCheckSettings(
            models().toString(),
            demo.face().embedder(),
            demo.face().liveness(),
            demo.face().attemptTimeout(),
            demo.face().ifModelsMissing()),
        demo.his(),
        null);
  }

  /** The shared face models: {@code TIEPDON_MODELS}, else shared/models beside the checkout. */
  static Path models() {
    return vn.tiepdon.citizenid.face.FaceModels.defaultFolder(
            System.getenv(), Path.of("..").toAbsolutePath().normalize())
        .toAbsolutePath()
        .normalize();
  }
}
