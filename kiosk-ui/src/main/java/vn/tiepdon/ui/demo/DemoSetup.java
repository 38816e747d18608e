package vn.tiepdon.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.ui.config.TiepdonConfig;

/** What the demo changes in a configuration, and the made-up citizens its panel offers. */
final class DemoSetup {
  private DemoSetup() {}

  /** Points the kiosk's telemetry at the demo's embedded broker. */
  static TiepdonConfig onBroker(TiepdonConfig config, String brokerUrl) {
    TelemetrySettings t =
        config
            .telemetryIfConfigured()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the demo configuration needs a telemetry section"));
    TelemetrySettings onDemoBroker =
        new TelemetrySettings(
            brokerUrl,
            t.siteId(),
            t.kioskId(),
            t.username(),
            t.password(),
            t.caCertPath(),
            t.healthInterval(),
            t.keepAlive(),
            t.reconnectDelay(),
            t.reconnectMaxDelay(),
            t.outbox());
    return new TiepdonConfig(
        config.site(),
        config.kiosk(),
        config.ui(),
        config.devices(),
        config.queue(),
        config.payment(),
        onDemoBroker);
  }

  static List<DemoCitizen> citizens(Clock clock) {
    return MadeUpCitizens.all(LocalDate.now(clock)).stream()
        .map(c -> new DemoCitizen(c.label(), c.qrText()))
        .toList();
  }
}
