package vn.tiepdon.devices.camera.opencv;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;
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
 * A camera read with OpenCV's {@code VideoCapture} (V4L2 on Linux) on its own daemon thread. Each
 * frame is copied out of the native {@link Mat} into a new {@link BufferedImage} (BGR bytes, or
 * gray), so no OpenCV type crosses the {@link Camera} port and the native buffer is reused.
 *
 * <p>Health: DOWN PORT_NOT_FOUND while the device is missing, PORT_OPEN_FAILED when OpenCV cannot
 * open it, UNPLUGGED when a live camera stops delivering (it is reopened every {@code
 * reconnectInterval}), NO_FRAMES when no frame came for {@code staleAfter}, DEGRADED SLOW_FRAMES
 * under {@code minFps}, DOWN STANDBY while {@link #standby()} holds it released. A watchdog
 * re-evaluates it even while a read hangs. A file source (video or image sequence) is played in a
 * loop at the configured rate, like a camera that never stops.
 */
public final class OpenCvCamera implements Camera {
  private static final Logger log = LoggerFactory.getLogger(OpenCvCamera.class);

  private final OpenCvCameraConfig config;
  private final Clock clock;
  private final HealthTracker health;
  private final FrameRateMeter meter = new FrameRateMeter(30);
  private volatile boolean closed;
  private volatile boolean opened;
  private volatile boolean standby;
  private final Object resumed = new Object();
  private volatile Instant openedAt;
  private volatile String resolution = "";
  private volatile FrameListener listener;
  private Thread reader;
  private ScheduledExecutorService watchdog;
  private long sequence;

  public OpenCvCamera(OpenCvCameraConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.health = new HealthTracker(config.id(), clock);
  }

  @Override
  public synchronized void start(FrameListener listener) {
    if (this.listener != null) {
      throw new IllegalStateException(config.id() + " is already started");
    }
    if (closed) {
      throw new IllegalStateException(config.id() + " is closed");
    }
    this.listener = Objects.requireNonNull(listener, "listener");
    Optional<String> problem = OpenCvNatives.load();
    if (problem.isPresent()) {
      health.down(HealthReason.SELF_TEST_FAILED, problem.get());
      return;
    }
    if (standby) {
      health.down(HealthReason.STANDBY, "standby while the kiosk sleeps");
    }
    reader = new Thread(this::run, "camera-" + config.id().name());
    reader.setDaemon(true);
    reader.start();
    watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "camera-" + config.id().name() + "-watchdog");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(50, Math.min(500, config.staleAfter().toMillis() / 4));
    watchdog.scheduleAtFixedRate(this::checkHealth, period, period, TimeUnit.MILLISECONDS);
  }

  /** The frame size the camera actually delivers, e.g. {@code 640x480}; "" before the first. */
  public String resolution() {
    return resolution;
  }

  private void run() {
    Mat mat = new Mat();
    try {
      while (!closed) {
        if (standby) {
          if (!awaitResume()) {
            return;
          }
          continue;
        }
        VideoCapture capture = open();
        boolean delivered = false;
        if (capture != null) {
          try {
            delivered = play(capture, mat);
          } finally {
            opened = false;
            capture.release();
          }
        }
        // A file that played to its end starts again at once; anything else waits a little.
        boolean replay = delivered && !config.source().isLive();
        if (!closed && !standby && !replay && !pauseNanos(config.reconnectInterval().toNanos())) {
          return;
        }
      }
    } finally {
      mat.release();
    }
  }

  private VideoCapture open() {
    CameraSource source = config.source();
    Optional<String> missing = source.missing();
    if (missing.isPresent()) {
      if (health.current().reason() != HealthReason.UNPLUGGED) {
        health.down(HealthReason.PORT_NOT_FOUND, missing.get());
      }
      return null;
    }
    VideoCapture capture =
        source.isIndex()
            ? new VideoCapture(source.index(), Videoio.CAP_V4L2)
            : source.isLive()
                ? new VideoCapture(source.spec(), Videoio.CAP_V4L2)
                : new VideoCapture(source.spec());
    if (!capture.isOpened()) {
      capture.release();
      health.down(HealthReason.PORT_OPEN_FAILED, "OpenCV cannot open " + source);
      return null;
    }
    capture.set(Videoio.CAP_PROP_FRAME_WIDTH, config.width());
    capture.set(Videoio.CAP_PROP_FRAME_HEIGHT, config.height());
    capture.set(Videoio.CAP_PROP_FPS, config.fps());
    openedAt = clock.instant();
    opened = true;
    log.info(
        "{} opened {} via {} asking {}x{} at {} fps",
        config.id(),
        source,
        capture.getBackendName(),
        config.width(),
        config.height(),
        config.fps());
    return capture;
  }

  /** Reads until the source fails or ends; returns whether it delivered any frame. */
  private boolean play(VideoCapture capture, Mat mat) {
    long period = TimeUnit.SECONDS.toNanos(1) / config.fps();
    long next = System.nanoTime();
    boolean delivered = false;
    while (!closed && !standby) {
      // Pacing: a file would otherwise play as fast as it decodes; a live camera's read already
      // waits for the next frame, so the sleep is then usually zero.
      long wait = next - System.nanoTime();
      if (wait > 0 && !pauseNanos(wait)) {
        return delivered;
      }
      next = Math.max(next + period, System.nanoTime());
      if (!capture.read(mat) || mat.empty()) {
        if (standby) {
          return delivered;
        }
        if (config.source().isLive() && !closed) {
          health.down(
              HealthReason.UNPLUGGED, config.source() + " stopped delivering frames; reopening");
        } else if (!delivered && !closed) {
          health.down(HealthReason.PORT_OPEN_FAILED, config.source() + " holds no frames");
        }
        return delivered;
      }
      delivered = true;
      deliver(toImage(mat));
    }
    return delivered;
  }

  private void deliver(BufferedImage image) {
    Frame frame;
    FrameListener target;
    synchronized (this) {
      frame = new Frame(image, ++sequence, clock.instant());
      target = listener;
    }
    meter.record(frame.capturedAt());
    if (resolution.isEmpty()) {
      resolution = image.getWidth() + "x" + image.getHeight();
      log.info("{} delivers {}", config.id(), resolution);
    }
    checkHealth();
    try {
      target.frame(frame);
    } catch (RuntimeException e) {
      log.warn("frame listener failed on {}", frame, e);
    }
  }

  /** Copies the pixels out of the native Mat: the image is Java heap only. */
  static BufferedImage toImage(Mat mat) {
    Mat source = mat;
    Mat converted = null;
    if (mat.channels() == 4) {
      converted = new Mat();
      Imgproc.cvtColor(mat, converted, Imgproc.COLOR_BGRA2BGR);
      source = converted;
    } else if (mat.depth() != CvType.CV_8U) {
      converted = new Mat();
      mat.convertTo(converted, CvType.CV_8U);
      source = converted;
    }
    try {
      int type =
          source.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
      BufferedImage image = new BufferedImage(source.cols(), source.rows(), type);
      byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      source.get(0, 0, pixels);
      return image;
    } finally {
      if (converted != null) {
        converted.release();
      }
    }
  }

  /** Re-evaluates health from the frames delivered; the watchdog calls it periodically. */
  public DeviceHealth checkHealth() {
    if (closed) {
      return health.down(HealthReason.CLOSED, "closed");
    }
    if (standby) {
      return listener == null
          ? health.current()
          : health.down(HealthReason.STANDBY, "standby while the kiosk sleeps");
    }
    if (!opened) {
      return health.current();
    }
    Instant now = clock.instant();
    Optional<Duration> age = meter.age(now);
    Duration quiet = age.orElse(Duration.between(openedAt, now));
    if (quiet.compareTo(config.staleAfter()) > 0) {
      return health.down(
          HealthReason.NO_FRAMES,
          age.isPresent()
              ? "last frame " + quiet.toMillis() + " ms ago"
              : "no frame in " + quiet.toMillis() + " ms since opening");
    }
    if (age.isEmpty()) {
      return health.current();
    }
    double measured = meter.fps();
    if (measured > 0 && measured < config.minFps()) {
      return health.degraded(
          HealthReason.SLOW_FRAMES, String.format("%.1f fps < %.1f", measured, config.minFps()));
    }
    return health.up();
  }

  /**
   * Releases the device at the next frame (its light goes off; a read in progress ends first) and
   * opens nothing until {@link #resume()}.
   */
  @Override
  public void standby() {
    standby = true;
    meter.clear();
    checkHealth();
  }

  /** Wakes the reader, which opens the device again (health follows as after a start). */
  @Override
  public void resume() {
    synchronized (resumed) {
      standby = false;
      meter.clear(); // the pause is no stalled camera
      resumed.notifyAll();
    }
  }

  /** Whether OpenCV holds the device open now (false before the first open and in standby). */
  public boolean deviceOpen() {
    return opened;
  }

  @Override
  public boolean inStandby() {
    return standby;
  }

  /** Waits on the reader thread while in standby; false when interrupted (closing). */
  private boolean awaitResume() {
    synchronized (resumed) {
      while (standby && !closed) {
        try {
          resumed.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public double fps() {
    return meter.fps();
  }

  @Override
  public Optional<Duration> lastFrameAge() {
    return meter.age(clock.instant());
  }

  private boolean pauseNanos(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
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
  public Subscription onHealthChange(HealthListener healthListener) {
    return health.addListener(healthListener);
  }

  /**
   * Passes when the camera is open and frames arrive in time (UP, or DEGRADED for a slow rate); the
   * health it reports says what is wrong otherwise.
   */
  @Override
  public SelfTestResult selfTest() {
    return SelfTestResult.of(checkHealth());
  }

  @Override
  public void close() {
    Thread toJoin;
    ScheduledExecutorService toStop;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toJoin = reader;
      toStop = watchdog;
    }
    if (toStop != null) {
      toStop.shutdownNow();
    }
    if (toJoin != null) {
      toJoin.interrupt();
      try {
        toJoin.join(config.reconnectInterval().plusSeconds(2).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    health.down(HealthReason.CLOSED, "closed");
  }
}
