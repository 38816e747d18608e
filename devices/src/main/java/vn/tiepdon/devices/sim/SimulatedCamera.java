package vn.tiepdon.devices.sim;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.camera.Camera;
import vn.tiepdon.devices.camera.Frame;
import vn.tiepdon.devices.camera.FrameListener;
import vn.tiepdon.devices.camera.FrameRateMeter;

/**
 * A camera that plays an {@link ImageSet} in a loop at a chosen frame rate. The control panel can
 * switch image sets, change the rate, freeze the picture or unplug the camera; health follows from
 * the frames actually delivered (rate below {@code minFps}: DEGRADED; none for {@code staleAfter}:
 * DOWN; in standby: DOWN STANDBY). {@link #start} plays on its own thread; {@link #connect} plus
 * {@link #nextFrame} steps by hand.
 */
public final class SimulatedCamera implements Camera {
  private static final Logger log = LoggerFactory.getLogger(SimulatedCamera.class);

  private final DeviceId id;
  private final Clock clock;
  private final double minFps;
  private final Duration staleAfter;
  private final HealthTracker health;
  private final FrameRateMeter meter = new FrameRateMeter(30);
  private ImageSet images;
  private int fps;
  private FrameListener listener;
  private ScheduledExecutorService timer;
  private ScheduledFuture<?> ticking;
  private long sequence;
  private int next;
  private boolean frozen;
  private boolean plugged = true;
  private boolean standby;
  private boolean closed;

  public SimulatedCamera(
      DeviceId id, ImageSet images, int fps, double minFps, Duration staleAfter, Clock clock) {
    this.id = Objects.requireNonNull(id, "id");
    this.images = Objects.requireNonNull(images, "images");
    this.fps = checkFps(fps);
    this.minFps = minFps;
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.health = new HealthTracker(id, clock);
  }

  /** Plays frames on a timer thread at the current frame rate. */
  @Override
  public synchronized void start(FrameListener listener) {
    connect(listener);
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "camera-" + id.name());
              t.setDaemon(true);
              return t;
            });
    schedule();
  }

  /** Attaches {@code listener} without a timer; frames come only from {@link #nextFrame()}. */
  public synchronized void connect(FrameListener listener) {
    if (this.listener != null) {
      throw new IllegalStateException(id + " is already started");
    }
    this.listener = Objects.requireNonNull(listener, "listener");
    checkHealth();
  }

  /** Delivers the next image now, unless frozen, unplugged, closed or without images. */
  public boolean nextFrame() {
    Frame frame;
    FrameListener target;
    synchronized (this) {
      if (listener == null || frozen || !plugged || closed || standby || images.isEmpty()) {
        return false;
      }
      BufferedImage image = images.images().get(next);
      next = (next + 1) % images.size();
      frame = new Frame(copy(image), ++sequence, clock.instant());
      meter.record(frame.capturedAt());
      target = listener;
    }
    try {
      target.frame(frame);
    } catch (RuntimeException e) {
      log.warn("frame listener failed on {}", frame, e);
    }
    checkHealth();
    return true;
  }

  /** Plays another image set from the next frame on. */
  public synchronized void useImageSet(ImageSet images) {
    this.images = Objects.requireNonNull(images, "images");
    this.next = 0;
    checkHealth();
  }

  /** Changes the frame rate; a rate under {@code minFps} makes health DEGRADED (slow frames). */
  public synchronized void fps(int fps) {
    this.fps = checkFps(fps);
    meter.clear();
    if (ticking != null) {
      ticking.cancel(false);
      schedule();
    }
  }

  /** Freezes the picture: no frames, as a stalled USB camera does. */
  public synchronized void freeze(boolean frozen) {
    this.frozen = frozen;
  }

  public synchronized void unplug() {
    plugged = false;
    meter.clear();
    checkHealth();
  }

  public synchronized void plugIn() {
    plugged = true;
    checkHealth();
  }

  @Override
  public synchronized void standby() {
    standby = true;
    meter.clear();
    checkHealth();
  }

  @Override
  public synchronized void resume() {
    standby = false;
    meter.clear(); // the pause is no stalled camera
    checkHealth();
  }

  @Override
  public synchronized boolean inStandby() {
    return standby;
  }

  /** Re-evaluates health from the frames delivered so far; the timer calls it on every tick. */
  public synchronized DeviceHealth checkHealth() {
    if (closed) {
      return health.down(HealthReason.CLOSED, "closed");
    }
    if (!plugged) {
      return health.down(HealthReason.UNPLUGGED, "simulated camera unplugged");
    }
    if (images.isEmpty()) {
      return health.down(HealthReason.NO_IMAGES, "no images match " + images);
    }
    if (listener == null) {
      return health.current();
    }
    if (standby) {
      return health.down(HealthReason.STANDBY, "standby while the kiosk sleeps");
    }
    Optional<Duration> age = meter.age(clock.instant());
    if (age.isPresent() && age.get().compareTo(staleAfter) > 0) {
      return health.down(HealthReason.NO_FRAMES, "last frame " + age.get().toMillis() + " ms ago");
    }
    double measured = meter.fps();
    if (measured > 0 && measured < minFps) {
      return health.degraded(
          HealthReason.SLOW_FRAMES, String.format("%.1f fps < %.1f", measured, minFps));
    }
    return health.up();
  }

  @Override
  public synchronized double fps() {
    return meter.fps();
  }

  /** The configured frame rate (what the timer aims at). */
  public synchronized int targetFps() {
    return fps;
  }

  @Override
  public synchronized Optional<Duration> lastFrameAge() {
    return meter.age(clock.instant());
  }

  private void schedule() {
    long period = TimeUnit.SECONDS.toNanos(1) / fps;
    ticking = timer.scheduleAtFixedRate(this::tick, 0, period, TimeUnit.NANOSECONDS);
  }

  private void tick() {
    if (!nextFrame()) {
      checkHealth();
    }
  }

  private static int checkFps(int fps) {
    if (fps < 1 || fps > 120) {
      throw new IllegalArgumentException("fps must be 1..120, was " + fps);
    }
    return fps;
  }

  private static BufferedImage copy(BufferedImage image) {
    return new BufferedImage(
        image.getColorModel(), image.copyData(null), image.isAlphaPremultiplied(), null);
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
    return SelfTestResult.of(checkHealth());
  }

  @Override
  public void close() {
    ScheduledExecutorService toStop;
    synchronized (this) {
      closed = true;
      toStop = timer;
      checkHealth();
    }
    if (toStop != null) {
      toStop.shutdownNow();
    }
  }
}
