package vn.tiepdon.devices.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A socat pseudo-terminal pair for the serial benchmarks. */
final class Pty {
  private Pty() {}

  static Process start(Path a, Path b) throws ScannerBenchmark.Unavailable {
    Process socat;
    try {
      socat =
          new ProcessBuilder("socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new ScannerBenchmark.Unavailable(
          "socat is needed for a pty pair (apt-get install -y socat): " + e);
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!(Files.exists(a) && Files.exists(b))) {
      if (!socat.isAlive() || System.nanoTime() > deadline) {
        socat.destroy();
        throw new ScannerBenchmark.Unavailable("socat did not create the pty pair");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        socat.destroy();
        throw new ScannerBenchmark.Unavailable("interrupted");
      }
    }
    return socat;
  }

  /** Stops socat and removes the pty links and their folder. */
  static void stop(Process socat, Path folder, Path... links) throws IOException {
    socat.destroy();
    try {
      socat.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Path link : links) {
      Files.deleteIfExists(link);
    }
    Files.deleteIfExists(folder);
  }
}
