package vn.tiepdon.provisioning.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;

/**
 * A real Mosquitto process run from the configuration and ACL that {@code provisioning} ships
 * ({@code src/main/resources/mosquitto/}), with its own loopback listener, data folder and password
 * file. It can be stopped, killed and started again on the same port with the same data, like a
 * broker host that reboots.
 */
final class Mosquitto implements AutoCloseable {
  /** Lines of the shipped configuration that name the hospital's own files or ports. */
  private static final List<String> SITE_SPECIFIC =
      List.of(
          "listener",
          "certfile",
          "keyfile",
          "cafile",
          "tls_version",
          "persistence_location",
          "password_file",
          "acl_file");

  private final Path folder;
  private final int port;
  private final Path config;
  private Process process;

  private Mosquitto(Path folder, Map<String, String> users, boolean open) throws IOException {
    this.folder = folder;
    this.port = EmbeddedBroker.freePort();
    Path data = Files.createDirectories(folder.resolve("data"));
    Path acl = folder.resolve("tiepdon.acl");
    Files.writeString(acl, resource("tiepdon.acl"));
    Path passwords = folder.resolve("tiepdon.passwd");
    Files.writeString(passwords, "");
    for (Map.Entry<String, String> user : users.entrySet()) {
      run(passwordTool(), "-b", passwords.toString(), user.getKey(), user.getValue());
    }
    List<String> lines = new ArrayList<>();
    for (String line : resource("mosquitto.conf").split("\n")) {
      String key = line.strip().split("\\s+")[0];
      if (!SITE_SPECIFIC.contains(key)) {
        lines.add(line);
      }
    }
    lines.add("listener " + port + " 127.0.0.1");
    lines.add("persistence_location " + data + "/");
    if (open) {
      lines.removeIf(line -> line.startsWith("allow_anonymous"));
      lines.add("allow_anonymous true");
    } else {
      lines.add("password_file " + passwords);
      lines.add("acl_file " + acl);
    }
    lines.add("log_dest file " + folder.resolve("mosquitto.log"));
    // Started as root, Mosquitto would switch to the "mosquitto" user, who cannot read @TempDir.
    lines.add("user " + System.getProperty("user.name"));
    config = folder.resolve("mosquitto.conf");
    Files.write(config, lines);
  }

  /** Starts a broker that admits these users (name → password). */
  static Mosquitto start(Path folder, Map<String, String> users) throws IOException {
    Mosquitto broker = new Mosquitto(folder, users, false);
    broker.startAgain();
    return broker;
  }

  /** The shipped configuration without logins or ACL: anyone may publish anything. */
  static Mosquitto startOpen(Path folder) throws IOException {
    Mosquitto broker = new Mosquitto(folder, Map.of(), true);
    broker.startAgain();
    return broker;
  }

  String url() {
    return "tcp://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Starts the process (again) on the same port and data folder; returns once it listens. */
  void startAgain() throws IOException {
    process =
        new ProcessBuilder(binary("mosquitto"), "-c", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("stdout.log").toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "mosquitto exited with " + process.exitValue() + ": " + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(50);
      }
    }
    throw new IllegalStateException("mosquitto did not listen on " + port + ": " + log());
  }

  /** SIGTERM: the broker saves its state and exits, as on a host shutdown. */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  /** SIGKILL: the broker vanishes without saving. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  String log() {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("stdout.log", "mosquitto.log")) {
      Path file = folder.resolve(name);
      try {
        if (Files.exists(file)) {
          text.append(Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        text.append("(").append(name).append(" unreadable: ").append(e).append(")");
      }
    }
    return text.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      stop();
      if (process.isAlive()) {
        kill();
      }
    }
  }

  /** The path of a Mosquitto program, or a failure that says how to install it. */
  static String binary(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name
                        + " is not installed (looked in PATH and /usr/sbin): these integration"
                        + " tests need a real Mosquitto 2.x; on Debian: apt-get install mosquitto"
                        + " (.ci/run installs it)"));
  }

  private static Optional<String> find(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin";
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }

  private static String passwordTool() {
    return binary("mosquitto_passwd");
  }

  private static void run(String... command) throws IOException {
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!tool.waitFor(20, TimeUnit.SECONDS) || tool.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Mosquitto.class.getResourceAsStream("/mosquitto/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource /mosquitto/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
