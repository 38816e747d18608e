package vn.tiepdon.devices.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.DeviceKind;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.scanner.Scan;
import vn.tiepdon.devices.scanner.ScanListener;
import vn.tiepdon.devices.scanner.ScanRejection;
import vn.tiepdon.devices.serial.PortSelector;
import vn.tiepdon.devices.serial.SerialLine;
import vn.tiepdon.devices.serial.SerialLineScanner;
import vn.tiepdon.devices.serial.SerialScannerConfig;

/**
 * Measures the real serial scanner adapter over a socat pseudo-terminal pair: the delay from
 * writing the terminating byte of a scan on the scanner side to the scan delivered to the listener
 * (one scan at a time), and the frames per second of a flood of back-to-back scans, checking that
 * none is lost or merged. The scans are a made-up citizen's CCCD QR with diacritics, CR-terminated.
 */
public final class ScannerBenchmark {
  private static final String QR =
      "079085%06d|025123456|Nguyễn Văn An|15031985|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ"
          + " Chí Minh|20042021";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private ScannerBenchmark() {}

  /** Latency in milliseconds, one scan at a time. */
  public record Latency(int scans, double p50Ms, double p99Ms, double maxMs) {}

  /** A flood of scans written back to back. */
  public record Throughput(
      int scans, double framesPerSecond, int delivered, int lost, int merged) {}

  public record Result(
      String transport,
      String framing,
      int payloadBytes,
      int baud,
      Latency latency,
      Throughput throughput) {}

  /** The benchmark cannot run here (no socat, port would not open). */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unavailable(String message) {
      super(message);
    }
  }

  public static Result run(int latencyScans, int floodScans) throws Unavailable, IOException {
    if (latencyScans < 1 || floodScans < 1) {
      throw new IllegalArgumentException(
          "scan counts must be at least 1, were " + latencyScans + " and " + floodScans);
    }
    Path folder = Files.createTempDirectory("tiepdon-bench-scanner");
    Path kiosk = folder.resolve("ttyKiosk");
    Path scanner = folder.resolve("ttyScanner");
    Process socat = Pty.start(kiosk, scanner);
    Recorder recorder = new Recorder();
    SerialLineScanner adapter =
        new SerialLineScanner(
            new SerialScannerConfig(
                DeviceId.of(DeviceKind.SCANNER, "bench"),
                new PortSelector.ByPath(kiosk),
                SerialLine.DEFAULT,
                Framing.terminatedBy(Framing.CR),
                Duration.ZERO,
                Duration.ofMillis(50)),
            Clock.systemUTC());
    try (OutputStream out = Files.newOutputStream(scanner)) {
      adapter.start(recorder);
      awaitUp(adapter);
      Latency latency = latency(out, recorder, latencyScans);
      Throughput throughput = flood(out, recorder, latencyScans, floodScans);
      return new Result(
          "socat pty pair",
          "CR terminator",
          scan(0).length,
          SerialLine.DEFAULT.baud(),
          latency,
          throughput);
    } finally {
      adapter.close();
      Pty.stop(socat, folder, kiosk, scanner);
    }
  }

  private static void awaitUp(SerialLineScanner adapter) throws Unavailable {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (adapter.health().state() != HealthState.UP) {
      if (System.nanoTime() > deadline) {
        throw new Unavailable("the pty did not open: " + adapter.health().detail());
      }
      sleep(5);
    }
  }

  private static Latency latency(OutputStream out, Recorder recorder, int count)
      throws IOException, Unavailable {
    double[] millis = new double[count];
    for (int i = 0; i < count; i++) {
      byte[] frame = scan(i);
      out.write(frame, 0, frame.length - 1);
      out.flush();
      // Start and stop are read on this one thread: the clock starts before the terminator is
      // written and stops when this thread sees the scan, so a reader thread scheduled ahead of
      // the writer, or clocks that differ slightly between CPUs, cannot make a delay negative.
      long sent = System.nanoTime();
      out.write(frame, frame.length - 1, 1);
      out.flush();
      recorder.awaitScans(1);
      millis[i] = (System.nanoTime() - sent) / 1e6;
    }
    Arrays.sort(millis);
    return new Latency(
        count,
        round(percentile(millis, 50)),
        round(percentile(millis, 99)),
        round(millis[count - 1]));
  }

  private static Throughput flood(OutputStream out, Recorder recorder, int offset, int count)
      throws IOException, Unavailable {
    recorder.texts.clear();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      out.write(scan(offset + i));
    }
    out.flush();
    int delivered = recorder.awaitScansOrQuiet(count);
    double seconds = (recorder.lastAt - start) / 1e9;
    List<String> texts = new ArrayList<>(recorder.texts);
    int merged = 0;
    int lost = 0;
    for (int i = 0; i < count; i++) {
      if (!texts.contains(text(offset + i))) {
        lost++;
      }
    }
    for (String text : texts) {
      if (text.length() != text(0).length()) {
        merged++;
      }
    }
    return new Throughput(count, round(delivered / seconds), delivered, lost, merged);
  }

  private static String text(int i) {
    return String.format(QR, i % 1_000_000);
  }

  private static byte[] scan(int i) {
    return (text(i) + "\r").getBytes(UTF_8);
  }

  private static double percentile(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records the arrival time of each scan on the adapter's thread. */
  private static final class Recorder implements ScanListener {
    final Semaphore arrived = new Semaphore(0);
    final List<String> texts = new CopyOnWriteArrayList<>();
    volatile long lastAt;
    volatile int rejected;
    volatile String lastRejection;

    @Override
    public void scanned(Scan scan) {
      lastAt = System.nanoTime();
      texts.add(scan.text());
      arrived.release();
    }

    @Override
    public void rejected(ScanRejection rejection) {
      lastRejection = rejection.reason().name();
      rejected++;
    }

    void awaitScans(int n) throws Unavailable {
      try {
        if (!arrived.tryAcquire(n, WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new Unavailable(
              rejected > 0
                  ? "a scan was rejected by the adapter (" + lastRejection + ")"
                  : "a scan did not arrive within " + WAIT.toSeconds() + " s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Unavailable("interrupted");
      }
    }

    /** Waits for {@code n} arrivals or until nothing more arrives for a while; returns scans. */
    int awaitScansOrQuiet(int n) {
      int got = 0;
      try {
        while (got < n && arrived.tryAcquire(2, TimeUnit.SECONDS)) {
          got++;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return texts.size();
    }
  }
}
