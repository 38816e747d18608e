package vn.tiepdon.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.scanner.LineScanner;
import vn.tiepdon.devices.scanner.ScanListener;
import vn.tiepdon.devices.scanner.ScanPipeline;

/**
 * A QR scanner on a serial or USB-CDC port, read with jSerialComm on its own thread. The port is
 * looked up (by path or USB id) at start and after every unplug; while it is missing, health is
 * DOWN and the lookup is retried every {@code reconnectInterval}, so a replugged scanner works
 * again without restarting the kiosk.
 */
public final class SerialLineScanner implements LineScanner {
  private static final Logger log = LoggerFactory.getLogger(SerialLineScanner.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final SerialScannerConfig config;
  private final Clock clock;
  private final HealthTracker health;
  private volatile boolean closed;
  private volatile SerialPort openPort;
  private Thread reader;

  public SerialLineScanner(SerialScannerConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.health = new HealthTracker(config.id(), clock);
  }

  @Override
  public synchronized void start(ScanListener listener) {
    if (reader != null) {
      throw new IllegalStateException(config.id() + " is already started");
    }
    if (closed) {
      throw new IllegalStateException(config.id() + " is closed");
    }
    ScanPipeline pipeline = new ScanPipeline(config.framing(), config.debounce(), clock, listener);
    reader = new Thread(() -> run(pipeline), "scanner-" + config.id().name());
    reader.setDaemon(true);
    reader.start();
  }

  /** The system path of the port in use, while one is open. */
  public Optional<String> portInUse() {
    SerialPort port = openPort;
    return port == null ? Optional.empty() : Optional.of(port.getSystemPortPath());
  }

  private void run(ScanPipeline pipeline) {
    while (!closed) {
      Optional<SerialPort> port = open();
      if (port.isPresent()) {
        read(port.get(), pipeline);
      } else if (!sleep(config.reconnectInterval())) {
        return;
      }
    }
  }

  private Optional<SerialPort> open() {
    Optional<String> path = locate();
    if (path.isEmpty()) {
      return Optional.empty();
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path.get());
    } catch (SerialPortInvalidPortException e) {
      notFound("port " + path.get() + " is not valid: " + e.getMessage());
      return Optional.empty();
    }
    JSerialCommLine.configure(port, config.line(), readTimeout());
    if (!port.openPort()) {
      health.down(
          HealthReason.PORT_OPEN_FAILED,
          "cannot open " + path.get() + ", error " + port.getLastErrorCode());
      return Optional.empty();
    }
    if (closed) {
      port.closePort();
      return Optional.empty();
    }
    openPort = port;
    log.info("{} opened {} ({})", config.id(), port.getSystemPortPath(), config.port());
    health.up();
    return Optional.of(port);
  }

  private Optional<String> locate() {
    PortLocator.Located located = PortLocator.locate(config.port());
    if (located.found()) {
      return Optional.of(located.path());
    }
    if (located.reason() == HealthReason.PORT_AMBIGUOUS) {
      health.down(HealthReason.PORT_AMBIGUOUS, located.detail());
    } else {
      notFound(located.detail());
    }
    return Optional.empty();
  }

  /** Keeps UNPLUGGED (and its since) while an unplugged scanner stays away. */
  private void notFound(String detail) {
    if (health.current().reason() != HealthReason.UNPLUGGED) {
      health.down(HealthReason.PORT_NOT_FOUND, detail);
    }
  }

  private void read(SerialPort port, ScanPipeline pipeline) {
    byte[] buffer = new byte[4096];
    try {
      while (!closed) {
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0 || (n == 0 && !Files.exists(Path.of(port.getSystemPortPath())))) {
          if (!closed) {
            pipeline.reset();
            health.down(
                HealthReason.UNPLUGGED,
                port.getSystemPortPath() + " went away, error " + port.getLastErrorCode());
          }
          return;
        }
        if (n == 0) {
          pipeline.idle();
        } else {
          pipeline.accept(buffer, 0, n);
        }
      }
    } finally {
      openPort = null;
      port.closePort();
    }
  }

  private Duration readTimeout() {
    return config.framing().idleGap().orElse(POLL);
  }

  private boolean sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public DeviceId id() {
    return config.id();
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  /**
   * Passes while the port is open and being read: checks now that the reader thread is alive and
   * that the open port's device node is still there (an unplug noticed here is reported at once,
   * not at the next read). A scanner cannot be asked to scan, so this is as far as a test goes
   * without a person holding a card under it; {@code tiepdon devices test --scanner} does that.
   */
  @Override
  public SelfTestResult selfTest() {
    Thread thread;
    synchronized (this) {
      thread = reader;
    }
    if (closed || thread == null) {
      return SelfTestResult.of(health.current());
    }
    if (!thread.isAlive()) {
      return SelfTestResult.of(
          health.down(HealthReason.SELF_TEST_FAILED, "the reader thread has stopped"));
    }
    SerialPort port = openPort;
    if (port != null && !Files.exists(Path.of(port.getSystemPortPath()))) {
      return SelfTestResult.of(
          health.down(HealthReason.UNPLUGGED, port.getSystemPortPath() + " went away"));
    }
    return SelfTestResult.of(health.current());
  }

  @Override
  public void close() {
    Thread toJoin;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toJoin = reader;
    }
    if (toJoin != null) {
      toJoin.interrupt();
      try {
        toJoin.join(readTimeout().plusSeconds(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    health.down(HealthReason.CLOSED, "closed");
  }
}
