package vn.tiepdon.ui.app;

import java.nio.file.Path;
import vn.tiepdon.devices.config.DevicesSettings;
import vn.tiepdon.devices.config.PrinterSettings;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.queue.fhir.HisSettings;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.IdentityCheck;
import vn.tiepdon.ui.config.KioskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.config.UiSettings;
import vn.tiepdon.ui.remote.ProvisioningSection;

/**
 * The shipped demo configuration as a QR-only kiosk whose data, tickets and keys live under a
 * test's folder, silent, with the sections a composition-root test is about.
 */
final class QrOnlyDemoKiosk {
  private QrOnlyDemoKiosk() {}

  static TiepdonConfig config(
      Path home, TelemetrySettings telemetry, HisSettings his, ProvisioningSection provisioning) {
    TiepdonConfig demo = new ConfigLoader().load(Path.of("../config/demo.yaml"));
    return new TiepdonConfig(
        demo.site(),
        new KioskSettings(
            demo.kiosk().id(),
            home.resolve("data").toString(),
            IdentityCheck.QR_ONLY,
            null,
            null,
            null),
        new UiSettings(null, null, null, null, false, null),
        new DevicesSettings(
            demo.devices().scanner(),
            new PrinterSettings("simulated", home.resolve("tickets").toString(), null, null),
            null,
            null),
        demo.queue(),
        demo.payment(),
        telemetry,
        demo.chip(),
        demo.staff(),
        demo.face(),
        his,
        provisioning);
  }

  /** The demo's site and kiosk ids, which a telemetry section must repeat. */
  static TiepdonConfig demo() {
    return new ConfigLoader().load(Path.of("../config/demo.yaml"));
  }
}
