package vn.tiepdon.devices.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A pseudo-terminal pair made by socat: the adapter opens {@link #device()} as its serial port, the
 * test writes what the scanner would send into {@link #scannerSide()}. Killing socat is an unplug;
 * starting it again with the same link names is a replug.
 */
final class SocatPty implements AutoCloseable {
  private final Path device;
  private final Path scannerSide;
  private Process socat;
  private OutputStream out;

  SocatPty(Path folder) {
    this.device = folder.resolve("ttyKiosk");
    this.scannerSide = folder.resolve("ttyScanner");
  }

  /** Skips the calling test, with the reason, when socat is not installed. */
  static void assumeSocat() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(found, "socat is not installed (apt-get install -y socat); serial tests skipped");
  }

  Path device() {
    return device;
  }

  SocatPty start() throws IOException {
    socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + scannerSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.exists(device) && Files.exists(scannerSide));
    out = Files.newOutputStream(scannerSide);
    return this;
  }

  /** Writes bytes as the scanner would, and makes sure they left. */
  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends one piece, then waits so that the adapter sees it in a read of its own. */
  void sendPiece(byte[] bytes, Duration pause) throws IOException, InterruptedException {
    send(bytes);
    Thread.sleep(pause.toMillis());
  }

  /** Pulls the plug: socat exits and both ends of the pair disappear. */
  void unplug() throws IOException, InterruptedException {
    out.close();
    socat.destroy();
    socat.waitFor();
    await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(device));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (out != null) {
      out.close();
    }
    if (socat != null && socat.isAlive()) {
      socat.destroy();
      socat.waitFor();
    }
  }
}
