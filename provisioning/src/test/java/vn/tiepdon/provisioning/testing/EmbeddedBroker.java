package vn.tiepdon.provisioning.testing;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.embedded.EmbeddedHiveMQBuilder;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real HiveMQ CE broker on a free loopback port with its data in a temporary folder. Restarting
 * keeps the port and the data, so persistent sessions survive like on a real broker.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final Path folder;
  private final int port;
  private final String username;
  private final String password;
  private Path tlsKeystore;
  private String tlsPassword;
  private int tlsPort = -1;
  private EmbeddedHiveMQ hivemq;

  private EmbeddedBroker(Path folder, String username, String password) {
    this.folder = folder;
    this.port = freePort();
    this.username = username;
    this.password = password;
  }

  /** A broker that lets anyone in. */
  public static EmbeddedBroker start(Path folder) {
    return new EmbeddedBroker(folder, null, null).startNow();
  }

  /**
   * A broker that also listens for TLS with the server key in this JKS keystore; see {@link
   * #tlsUrl()}.
   */
  public static EmbeddedBroker startWithTls(Path folder, Path keystore, String password) {
    EmbeddedBroker broker = new EmbeddedBroker(folder, null, null);
    broker.tlsKeystore = keystore;
    broker.tlsPassword = password;
    broker.tlsPort = freePort();
    return broker.startNow();
  }

  /** The TLS listener, named {@code localhost} to match the test certificate. */
  public String tlsUrl() {
    return "ssl://localhost:" + tlsPort;
  }

  /** A broker that admits only this user with this password. */
  public static EmbeddedBroker startWithUser(Path folder, String username, String password) {
    return new EmbeddedBroker(folder, username, password).startNow();
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public EmbeddedBroker startNow() {
    try {
      Path config = Files.createDirectories(folder.resolve("conf"));
      Files.writeString(
          config.resolve("config.xml"),
          """
          <?xml version="1.0"?>
          <hivemq>
            <listeners>
              <tcp-listener><port>%d</port><bind-address>127.0.0.1</bind-address></tcp-listener>
              %s
            </listeners>
            <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
          </hivemq>
          """
              .formatted(port, tlsListener()));
      EmbeddedHiveMQBuilder builder =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(config)
              .withDataFolder(Files.createDirectories(folder.resolve("data")))
              .withExtensionsFolder(Files.createDirectories(folder.resolve("extensions")))
              .withoutLoggingBootstrap();
      if (username != null) {
        builder.withEmbeddedExtension(passwordCheck());
      }
      hivemq = builder.build();
      hivemq.start().get(60, TimeUnit.SECONDS);
      return this;
    } catch (Exception e) {
      throw new IllegalStateException("embedded HiveMQ did not start on port " + port, e);
    }
  }

  /** Stops the broker as a crash of the broker host would: every client loses its connection. */
  public void stop() {
    try {
      hivemq.stop().get(60, TimeUnit.SECONDS);
      hivemq.close();
    } catch (Exception e) {
      throw new IllegalStateException("embedded HiveMQ did not stop", e);
    }
  }

  @Override
  public void close() {
    if (hivemq != null) {
      try {
        hivemq.close();
      } catch (Exception e) {
        throw new IllegalStateException("embedded HiveMQ did not close", e);
      }
    }
  }

  private String tlsListener() {
    if (tlsKeystore == null) {
      return "";
    }
    return """
        <tls-tcp-listener>
          <port>%d</port><bind-address>127.0.0.1</bind-address>
          <tls>
            <keystore>
              <path>%s</path><password>%s</password><private-key-password>%s</private-key-password>
            </keystore>
          </tls>
        </tls-tcp-listener>
        """
        .formatted(tlsPort, tlsKeystore.toAbsolutePath(), tlsPassword, tlsPassword);
  }

  private EmbeddedExtension passwordCheck() {
    SimpleAuthenticator check =
        (input, output) -> {
          var connect = input.getConnectPacket();
          String user = connect.getUserName().orElse("");
          String pass = connect.getPassword().map(EmbeddedBroker::text).orElse("");
          if (username.equals(user) && password.equals(pass)) {
            output.authenticateSuccessfully();
          } else {
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
    return EmbeddedExtension.builder()
        .withId("password-check")
        .withName("password check")
        .withVersion("1")
        .withAuthor("tiepdon tests")
        .withPriority(100)
        .withStartPriority(100)
        .withExtensionMain(main)
        .build();
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
