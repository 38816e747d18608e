package vn.tiepdon.ui.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * A kiosk's real telemetry ({@link MqttTelemetry} on its own SQLite file) reaching the broker
 * through a TCP relay that a test can cut, so the broker publishes the kiosk's Last Will.
 */
public final class SimulatedKiosk implements AutoCloseable {
  private final MqttTelemetry telemetry;
  private final ServerSocket relay;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean refusing;

  public SimulatedKiosk(
      String brokerUrl, String site, String kiosk, String version, Path folder, boolean paperLow)
      throws IOException {
    URI broker = URI.create(brokerUrl);
    relay = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(() -> accept(broker.getHost(), broker.getPort()), "relay-" + kiosk);
    acceptor.setDaemon(true);
    acceptor.start();
    Clock clock = Clock.systemUTC();
    TelemetrySettings settings =
        new TelemetrySettings(
            "tcp://127.0.0.1:" + relay.getLocalPort(),
            site,
            kiosk,
            "",
            "",
            "",
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            OutboxLimits.DEFAULT);
    List<DeviceStatus> devices =
        List.of(
            new DeviceStatus("scanner:main", DeviceState.OK, "OK", clock.instant()),
            paperLow
                ? new DeviceStatus(
                    "printer:main", DeviceState.DEGRADED, "PAPER_NEAR_END", clock.instant())
                : new DeviceStatus("printer:main", DeviceState.OK, "OK", clock.instant()));
    telemetry =
        new MqttTelemetry(
            settings,
            ProvisioningDatabase.sqlite(folder.resolve(kiosk + ".db")),
            clock,
            new HealthSources(
                version,
                () -> devices,
                () -> new QueueFigures(5, 1, 4),
                new RecentErrors(clock, 5),
                HostProbe.linux(folder)));
    telemetry.start();
  }

  public boolean online() {
    return telemetry.online();
  }

  /** Cuts the kiosk's network without a goodbye: the broker publishes its Will. */
  public void pullTheCable() {
    refusing = true;
    sockets.forEach(SimulatedKiosk::closeQuietly);
  }

  private void accept(String host, int port) {
    while (!relay.isClosed()) {
      try {
        Socket kiosk = relay.accept();
        if (refusing) {
          kiosk.close();
          continue;
        }
        Socket broker = new Socket(host, port);
        sockets.add(kiosk);
        sockets.add(broker);
        pump(kiosk, broker);
        pump(broker, kiosk);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, read);
                  out.flush();
                }
              } catch (IOException e) {
                // Cut: the other direction notices on its own.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed by the other direction: that is the point of a cut.
    }
  }

  @Override
  public void close() throws IOException {
    telemetry.close();
    relay.close();
    sockets.forEach(SimulatedKiosk::closeQuietly);
  }
}
