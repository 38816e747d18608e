package vn.tiepdon.devices.printer.escpos;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A pseudo-terminal pair made by socat: the adapter opens {@link #kioskSide()} as its serial port,
 * the printer emulator reads and answers on {@link #printerSide()}. Killing socat is an unplug;
 * starting it again with the same link names is a replug.
 */
final class PrinterPty implements AutoCloseable {
  private final Path kioskSide;
  private final Path printerSide;
  private Process socat;

  PrinterPty(Path folder) {
    this.kioskSide = folder.resolve("ttyKioskPrinter");
    this.printerSide = folder.resolve("ttyPrinter");
  }

  /** Skips the calling test, with the reason, when socat is not installed. */
  static void assumeSocat() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"));
    }
    assumeTrue(found, "socat is not installed (apt-get install -y socat); printer tests skipped");
  }

  Path kioskSide() {
    return kioskSide;
  }

  Path printerSide() {
    return printerSide;
  }

  PrinterPty plugIn() throws IOException {
    socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + kioskSide, "pty,raw,echo=0,link=" + printerSide)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.exists(kioskSide) && Files.exists(printerSide));
    return this;
  }

  /** Pulls the plug: socat exits and both ends of the pair disappear. */
  void unplug() throws InterruptedException {
    socat.destroy();
    socat.waitFor();
    await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(kioskSide));
  }

  @Override
  public void close() throws InterruptedException {
    if (socat != null && socat.isAlive()) {
      socat.destroy();
      socat.waitFor();
    }
  }
}
