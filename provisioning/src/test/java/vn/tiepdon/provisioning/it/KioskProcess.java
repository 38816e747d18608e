package vn.tiepdon.provisioning.it;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.health.HealthSources;
import vn.tiepdon.provisioning.health.HostProbe;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentErrors;

/**
 * A kiosk's telemetry alone in its own JVM, so a test can {@code kill -9} it or freeze it. Args:
 * broker URL, site, kiosk, user, password, data folder, keep-alive seconds. Prints {@code online}
 * once connected, then runs until killed.
 */
public final class KioskProcess {
  private KioskProcess() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[5]);
    Clock clock = Clock.systemUTC();
    TelemetrySettings settings =
        new TelemetrySettings(
            args[0],
            args[1],
            args[2],
            args[3],
            args[4],
            "",
            Duration.ofMinutes(10),
            Duration.ofSeconds(Long.parseLong(args[6])),
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            OutboxLimits.DEFAULT);
    MqttTelemetry telemetry =
        new MqttTelemetry(
            settings,
            ProvisioningDatabase.sqlite(data.resolve("kiosk.db")),
            clock,
            new HealthSources(
                "0.1.0-child",
                List::of,
                () -> QueueFigures.NONE,
                new RecentErrors(clock, 5),
                HostProbe.linux(data)));
    telemetry.start();
    while (!telemetry.online()) {
      Thread.sleep(20);
    }
    System.out.println("online");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
