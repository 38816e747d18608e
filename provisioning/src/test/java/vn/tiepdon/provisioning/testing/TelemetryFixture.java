package vn.tiepdon.provisioning.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.health.HealthSources;
import vn.tiepdon.provisioning.health.HostProbe;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentErrors;

/** Builds kiosks' telemetry the way the composition root does, on files in a temp folder. */
public final class TelemetryFixture {
  public static final String SITE = "bv-test";
  public static final String VERSION = "0.1.0-test";
  public static final Duration HEALTH_EVERY = Duration.ofSeconds(30);

  public final Path folder;
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:30:00Z"));
  public final RecentErrors errors = new RecentErrors(clock, 5);

  public TelemetryFixture(Path folder) {
    this.folder = folder;
  }

  public DataSource database(String kiosk) {
    return ProvisioningDatabase.sqlite(folder.resolve(kiosk + ".db"));
  }

  public TelemetrySettings settings(
      String url, String kiosk, String user, String password, String ca) {
    return new TelemetrySettings(
        url,
        SITE,
        kiosk,
        user,
        password,
        ca,
        HEALTH_EVERY,
        Duration.ofSeconds(5),
        Duration.ofMillis(100),
        Duration.ofMillis(400),
        OutboxLimits.DEFAULT);
  }

  public HealthSources sources() {
    try {
      Path thermal = Files.createDirectories(folder.resolve("thermal/thermal_zone0"));
      Files.writeString(thermal.resolve("temp"), "52250\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new HealthSources(
        VERSION,
        () ->
            List.of(
                new DeviceStatus("scanner", DeviceState.OK, null, clock.instant()),
                new DeviceStatus(
                    "printer", DeviceState.DEGRADED, "paper_near_end", clock.instant())),
        () -> new QueueFigures(42, 7, 35),
        errors,
        new HostProbe(folder, folder.resolve("thermal")));
  }

  public MqttTelemetry telemetry(String url, String kiosk, ScheduledExecutorService scheduler) {
    return new MqttTelemetry(
        settings(url, kiosk, "", "", ""), database(kiosk), clock, sources(), scheduler);
  }

  public MqttTelemetry telemetry(String url, String kiosk) {
    return new MqttTelemetry(settings(url, kiosk, "", "", ""), database(kiosk), clock, sources());
  }

  public static String topic(String kiosk, String channel) {
    return "tiepdon/v1/" + SITE + "/" + kiosk + "/" + channel;
  }
}
