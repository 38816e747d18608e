package vn.tiepdon.ui.fx;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real embedded HiveMQ CE broker on loopback that admits only the given users with their
 * passwords, as a hospital's broker does; it records who connected, so a test can tell which login
 * the kiosk used.
 */
final class LoginBroker implements AutoCloseable {
  private final EmbeddedHiveMQ hivemq;
  private final int port;
  private final List<String> admitted;
  private final List<String> refused;

  private LoginBroker(
      EmbeddedHiveMQ hivemq, int port, List<String> admitted, List<String> refused) {
    this.hivemq = hivemq;
    this.port = port;
    this.admitted = admitted;
    this.refused = refused;
  }

  static LoginBroker start(Path folder, Map<String, String> users) {
    List<String> admitted = new CopyOnWriteArrayList<>();
    List<String> refused = new CopyOnWriteArrayList<>();
    try {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      Path config = Files.createDirectories(folder.resolve("conf"));
      Files.writeString(
          config.resolve("config.xml"),
          """
          <?xml version="1.0"?>
          <hivemq>
            <listeners>
              <tcp-listener><port>%d</port><bind-address>127.0.0.1</bind-address></tcp-listener>
            </listeners>
            <persistence><mode>in-memory</mode></persistence>
            <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
          </hivemq>
          """
              .formatted(port),
          StandardCharsets.UTF_8);
      SimpleAuthenticator check =
          (input, output) -> {
            var connect = input.getConnectPacket();
            String user = connect.getUserName().orElse("");
            String pass = connect.getPassword().map(LoginBroker::text).orElse("");
            if (users.containsKey(user) && users.get(user).equals(pass)) {
              admitted.add(user);
              output.authenticateSuccessfully();
            } else {
              refused.add(user);
              output.failAuthentication("bad user name or password");
            }
          };
      ExtensionMain main =
          new ExtensionMain() {
            @Override
            public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
              Services.securityRegistry().setAuthenticatorProvider(provider -> check);
            }

            @Override
            public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {}
          };
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(config)
              .withDataFolder(Files.createDirectories(folder.resolve("data")))
              .withExtensionsFolder(Files.createDirectories(folder.resolve("extensions")))
              .withEmbeddedExtension(
                  EmbeddedExtension.builder()
                      .withId("login-check")
                      .withName("login check")
                      .withVersion("1")
                      .withAuthor("tiepdon tests")
                      .withPriority(100)
                      .withStartPriority(100)
                      .withExtensionMain(main)
                      .build())
              .build();
      hivemq.start().get(60, TimeUnit.SECONDS);
      return new LoginBroker(hivemq, port, admitted, refused);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the broker's folder " + folder, e);
    } catch (Exception e) {
      throw new IllegalStateException("the embedded MQTT broker did not start", e);
    }
  }

  String url() {
    return "tcp://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** User names of the connections let in, in order. */
  List<String> admitted() {
    return admitted;
  }

  /** User names (blank for none) of the connections turned away. */
  List<String> refused() {
    return refused;
  }

  @Override
  public void close() {
    try {
      hivemq.stop().get(30, TimeUnit.SECONDS);
      hivemq.close();
    } catch (Exception e) {
      throw new IllegalStateException("the embedded MQTT broker did not stop cleanly", e);
    }
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
