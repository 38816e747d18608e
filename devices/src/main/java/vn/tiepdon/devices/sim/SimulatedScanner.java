package vn.tiepdon.devices.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.scanner.Framing;
import vn.tiepdon.devices.scanner.LineScanner;
import vn.tiepdon.devices.scanner.ScanListener;
import vn.tiepdon.devices.scanner.ScanPipeline;

/**
 * A scanner driven by the demo control panel and by tests. What it "reads" is encoded as the bytes
 * a real scanner would send (prefix, UTF-8 text, suffix, terminator) and goes through the same
 * {@link ScanPipeline} as the serial adapter, so framing, decoding and debouncing are real.
 * Listener calls happen on the caller's thread.
 */
public final class SimulatedScanner implements LineScanner {
  private final DeviceId id;
  private final Framing framing;
  private final Duration debounce;
  private final Clock clock;
  private final Random random;
  private final HealthTracker health;
  private ScanPipeline pipeline;
  private boolean plugged = true;
  private boolean closed;
  private int misreadPercent;

  /**
   * @param random drives injected misreads; pass a seeded one for repeatable demos and tests
   */
  public SimulatedScanner(
      DeviceId id, Framing framing, Duration debounce, Clock clock, Random random) {
    this.id = Objects.requireNonNull(id, "id");
    this.framing = Objects.requireNonNull(framing, "framing");
    this.debounce = Objects.requireNonNull(debounce, "debounce");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.health = new HealthTracker(id, clock);
  }

  @Override
  public synchronized void start(ScanListener listener) {
    if (pipeline != null) {
      throw new IllegalStateException(id + " is already started");
    }
    if (closed) {
      throw new IllegalStateException(id + " is closed");
    }
    pipeline = new ScanPipeline(framing, debounce, clock, listener);
    if (plugged) {
      health.up();
    } else {
      health.down(HealthReason.UNPLUGGED, "simulated scanner unplugged");
    }
  }

  /**
   * Sends {@code text} as one framed code. Returns false when nothing was sent (not started,
   * unplugged, closed). With a misread percentage set, some scans arrive as noise instead.
   */
  public synchronized boolean scan(String text) {
    Objects.requireNonNull(text, "text");
    if (misreadPercent > 0 && random.nextInt(100) < misreadPercent) {
      return garbage(Math.max(1, text.length()));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(framing.stripPrefix());
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(framing.stripSuffix());
    return sendFrame(bytes.toByteArray());
  }

  /** Sends {@code count} random bytes that are not valid UTF-8, framed like a code. */
  public synchronized boolean garbage(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    byte[] noise = new byte[count];
    for (int i = 0; i < count; i++) {
      // 0x80-0xBF are continuation bytes: invalid where a character should start.
      noise[i] = (byte) (0x80 + random.nextInt(0x40));
    }
    return sendFrame(noise);
  }

  /** Sends raw bytes with no framing added, as a scanner might in pieces. */
  public synchronized boolean sendBytes(byte[] bytes) {
    if (!live()) {
      return false;
    }
    pipeline.accept(bytes.clone());
    return true;
  }

  /** Signals the idle gap (idle-gap framing): ends the frame being received. */
  public synchronized void idle() {
    if (live()) {
      pipeline.idle();
    }
  }

  /** Pulls the cable: health DOWN at once, a partial frame is lost, scans are not delivered. */
  public synchronized void unplug() {
    plugged = false;
    if (pipeline != null) {
      pipeline.reset();
    }
    if (!closed) {
      health.down(HealthReason.UNPLUGGED, "simulated scanner unplugged");
    }
  }

  /** Plugs the cable back in; scanning resumes without a restart. */
  public synchronized void plugIn() {
    plugged = true;
    if (pipeline != null && !closed) {
      health.up();
    }
  }

  /** Makes this share of later scans arrive as noise (0 turns it off). */
  public synchronized void misreadPercent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("misreadPercent must be 0..100, was " + percent);
    }
    this.misreadPercent = percent;
  }

  public synchronized boolean isPluggedIn() {
    return plugged;
  }

  private boolean sendFrame(byte[] content) {
    if (!live()) {
      return false;
    }
    pipeline.accept(content);
    if (framing.usesTerminator()) {
      pipeline.accept(framing.terminator().orElseThrow());
    } else {
      pipeline.idle();
    }
    return true;
  }

  private boolean live() {
    return pipeline != null && plugged && !closed;
  }

  @Override
  public DeviceId id() {
    return id;
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public Subscription onHealthChange(HealthListener listener) {
    return health.addListener(listener);
  }

  @Override
  public SelfTestResult selfTest() {
    return SelfTestResult.of(health.current());
  }

  @Override
  public synchronized void close() {
    closed = true;
    health.down(HealthReason.CLOSED, "closed");
  }
}
