package vn.tiepdon.ui.demo;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An embedded HiveMQ CE broker on loopback for the demo: the kiosk publishes its health to it and
 * the demo's live view reads it back, exactly as a hospital broker would be used.
 */
public final class DemoBroker implements AutoCloseable {
  private final EmbeddedHiveMQ hivemq;
  private final int port;

  private DemoBroker(EmbeddedHiveMQ hivemq, int port) {
    this.hivemq = hivemq;
    this.port = port;
  }

  /** Starts a broker with its files under {@code folder}, on a free loopback port. */
  public static DemoBroker start(Path folder) {
    try {
      int port = freePort();
      Path config = Files.createDirectories(folder.resolve("conf"));
      Path data = Files.createDirectories(folder.resolve("data"));
      Path extensions = Files.createDirectories(folder.resolve("extensions"));
      Files.writeString(
          config.resolve("config.xml"),
          """
          <?xml version="1.0"?>
          <hivemq>
            <listeners>
              <tcp-listener>
                <port>%d</port>
                <bind-address>127.0.0.1</bind-address>
              </tcp-listener>
            </listeners>
            <persistence><mode>in-memory</mode></persistence>
            <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
          </hivemq>
          """
              .formatted(port),
          StandardCharsets.UTF_8);
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(config)
              .withDataFolder(data)
              .withExtensionsFolder(extensions)
              .build();
      hivemq.start().get(60, TimeUnit.SECONDS);
      return new DemoBroker(hivemq, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the demo broker's folder " + folder, e);
    } catch (Exception e) {
      throw new IllegalStateException("the demo MQTT broker did not start", e);
    }
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    try {
      hivemq.stop().get(30, TimeUnit.SECONDS);
      hivemq.close();
    } catch (Exception e) {
      throw new IllegalStateException("the demo MQTT broker did not stop cleanly", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
