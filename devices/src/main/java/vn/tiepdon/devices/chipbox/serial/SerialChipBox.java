package vn.tiepdon.devices.chipbox.serial;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.DeviceHealth;
import vn.tiepdon.devices.DeviceId;
import vn.tiepdon.devices.HealthListener;
import vn.tiepdon.devices.HealthReason;
import vn.tiepdon.devices.HealthState;
import vn.tiepdon.devices.HealthTracker;
import vn.tiepdon.devices.SelfTestResult;
import vn.tiepdon.devices.Subscription;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;
import vn.tiepdon.devices.card.CardHandle;
import vn.tiepdon.devices.card.CardListener;
import vn.tiepdon.devices.card.CardReader;
import vn.tiepdon.devices.card.UntrustedCardData;
import vn.tiepdon.devices.chipbox.BoxEvents;
import vn.tiepdon.devices.chipbox.BoxFrame;
import vn.tiepdon.devices.chipbox.BoxSession;
import vn.tiepdon.devices.chipbox.CardDataParser;
import vn.tiepdon.devices.chipbox.FrameDecoder;
import vn.tiepdon.devices.chipbox.FrameType;
import vn.tiepdon.devices.chipbox.Pong;
import vn.tiepdon.devices.chipbox.RejectedCardDataException;

/**
 * A chip-reader box on a serial or USB-CDC port, in one of two modes (devices/README.md):
 *
 * <ul>
 *   <li>{@link #apduTunnel}: the box tunnels APDUs; each placed card is handed over as an {@link
 *       ApduChannel} for the chip-reading code (JMRTD) to drive.
 *   <li>{@link #parsedData}: the box reads the card itself and sends a JSON document; a valid one
 *       is handed over as {@link UntrustedCardData}, an invalid one is rejected (REJECT to the box,
 *       {@link #onRejected} listeners, a log line without personal data) and nothing breaks.
 * </ul>
 *
 * Health: DOWN while the port is missing, unplugged or the box does not answer PING (OFFLINE); UP
 * once it answers. The self-test pings the box.
 */
public final class SerialChipBox<T> implements CardReader<T> {
  private static final Logger log = LoggerFactory.getLogger(SerialChipBox.class);

  private final ChipBoxConfig config;
  private final CardDataParser parser;
  private final HealthTracker health;
  private final BoxPort port;
  private final BoxSession session;
  private final Clock clock;
  private final List<Consumer<RejectedCardDataException>> rejectionListeners =
      new CopyOnWriteArrayList<>();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong skippedBytes = new AtomicLong();
  private final AtomicLong lastSkipLog = new AtomicLong();
  private static final java.time.Duration SKIP_LOG_EVERY = java.time.Duration.ofSeconds(10);
  private final ExecutorService pinger;
  private CardListener<T> listener;
  private CardHandle<T> current;
  private long placements;
  private volatile boolean closed;

  private SerialChipBox(ChipBoxConfig config, CardDataParser parser, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.parser = parser;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.health = new HealthTracker(config.id(), clock);
    this.port = new BoxPort(config, health, new PortHandler());
    this.session =
        new BoxSession(
            config.id().toString(),
            port,
            config.responseTimeout(),
            config.extendedLength(),
            new SessionEvents());
    this.pinger =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "chipbox-" + config.id().name() + "-ping");
              t.setDaemon(true);
              return t;
            });
  }

  /** A box that tunnels APDUs: cards arrive as {@link ApduChannel}s. */
  public static SerialChipBox<ApduChannel> apduTunnel(ChipBoxConfig config, Clock clock) {
    return new SerialChipBox<>(config, null, clock);
  }

  /** A box that sends the card it read as JSON: cards arrive as {@link UntrustedCardData}. */
  public static SerialChipBox<UntrustedCardData> parsedData(ChipBoxConfig config, Clock clock) {
    return new SerialChipBox<>(config, new CardDataParser(config.maxFaceBytes(), clock), clock);
  }

  private boolean parsedMode() {
    return parser != null;
  }

  @Override
  public synchronized void start(CardListener<T> listener) {
    if (this.listener != null) {
      throw new IllegalStateException(config.id() + " is already started");
    }
    if (closed) {
      throw new IllegalStateException(config.id() + " is closed");
    }
    this.listener = Objects.requireNonNull(listener, "listener");
    port.start();
  }

  /** Told about every card document a parsed-data box sent and the kiosk rejected. */
  public Subscription onRejected(Consumer<RejectedCardDataException> rejectionListener) {
    Objects.requireNonNull(rejectionListener, "rejectionListener");
    rejectionListeners.add(rejectionListener);
    return () -> rejectionListeners.remove(rejectionListener);
  }

  /** How many bytes from the box were skipped (noise, damaged or stalled frames) since start. */
  public long skippedBytes() {
    return skippedBytes.get();
  }

  /** How many card documents were rejected since start. */
  public long rejectedDocuments() {
    return rejected.get();
  }

  @Override
  public synchronized Optional<CardHandle<T>> currentCard() {
    return Optional.ofNullable(current);
  }

  /**
   * Asks the box whether it is there (PING/PONG) and reports the result as health: UP when it
   * answers, DOWN OFFLINE when the port is open but the box is silent, the port's own reason
   * otherwise.
   */
  @Override
  public SelfTestResult selfTest() {
    if (closed || !port.isOpen()) {
      return SelfTestResult.of(health.current());
    }
    return SelfTestResult.of(pingNow());
  }

  private DeviceHealth pingNow() {
    try {
      Pong pong = session.ping();
      if (!parsedMode() && pong.cardPresent() && session.currentGeneration() < 0) {
        // The card was there before the port opened: the box will not announce it again.
        session.frame(new BoxFrame(FrameType.CARD_PRESENT, 0, pong.atr()));
      }
      return health.up();
    } catch (CardChannelException e) {
      if (closed) {
        return health.current();
      }
      return switch (e.failure()) {
        case UNPLUGGED, CLOSED -> health.current();
        default -> health.down(HealthReason.OFFLINE, "the box does not answer: " + e.getMessage());
      };
    }
  }

  private final class PortHandler implements BoxPort.Handler {
    @Override
    public void opened() {
      session.connected();
      health.down(HealthReason.OFFLINE, "port open, waiting for the box to answer PING");
      try {
        pinger.execute(SerialChipBox.this::pingNow);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // closed meanwhile: nothing to ask
      }
    }

    @Override
    public void frame(BoxFrame frame) {
      if (health.current().state() != HealthState.UP
          && health.current().reason() == HealthReason.OFFLINE) {
        health.up();
      }
      session.frame(frame);
    }

    @Override
    public void skipped(FrameDecoder.Skipped why, int bytes) {
      long total = skippedBytes.addAndGet(bytes);
      // A babbling line would otherwise write a log line per read: at most one every 10 s.
      long now = System.nanoTime();
      long last = lastSkipLog.get();
      if (last == 0 || now - last > SKIP_LOG_EVERY.toNanos()) {
        if (lastSkipLog.compareAndSet(last, now)) {
          log.warn(
              "{}: skipped {} bytes from the box ({}); {} in all since start",
              config.id(),
              bytes,
              why,
              total);
        }
      }
    }

    @Override
    public void lost() {
      session.disconnected();
    }
  }

  private final class SessionEvents implements BoxEvents {
    @Override
    public void cardPresent(long generation, byte[] atr) {
      if (parsedMode()) {
        return; // the data comes with CARD_DATA once the box has read the card
      }
      @SuppressWarnings("unchecked")
      T channel = (T) session.channel(generation, atr);
      place(channel);
    }

    @Override
    public void cardRemoved(long generation) {
      remove();
    }

    @Override
    public void cardData(BoxFrame frame) {
      if (!parsedMode()) {
        log.warn("{}: an APDU-tunnel box sent card data; ignored", config.id());
        return;
      }
      try {
        UntrustedCardData data = parser.parse(frame.payload());
        session.notify(FrameType.ACK, frame.sequence(), new byte[0]);
        @SuppressWarnings("unchecked")
        T card = (T) data;
        place(card);
      } catch (RejectedCardDataException e) {
        rejected.incrementAndGet();
        log.warn("{}: rejected a card document: {}", config.id(), e.getMessage());
        try {
          session.notify(
              FrameType.REJECT, frame.sequence(), e.getMessage().getBytes(StandardCharsets.UTF_8));
        } catch (CardChannelException notSent) {
          log.debug("{}: REJECT not sent: {}", config.id(), notSent.getMessage());
        }
        rejectionListeners.forEach(l -> l.accept(e));
      } catch (CardChannelException e) {
        log.warn("{}: could not acknowledge card data: {}", config.id(), e.getMessage());
      }
    }

    @Override
    public void silent(FrameType request, long waitedMillis) {
      if (!closed) {
        health.down(
            HealthReason.OFFLINE, "no answer to " + request + " within " + waitedMillis + " ms");
      }
    }
  }

  private void place(T card) {
    remove();
    CardHandle<T> handle;
    CardListener<T> target;
    synchronized (this) {
      if (closed) {
        return;
      }
      handle = new CardHandle<>(++placements, clock.instant(), card);
      current = handle;
      target = listener;
    }
    try {
      target.placed(handle);
    } catch (RuntimeException e) {
      log.warn("{}: card listener failed on {}", config.id(), handle, e);
    }
  }

  private void remove() {
    CardHandle<T> removed;
    CardListener<T> target;
    synchronized (this) {
      removed = current;
      current = null;
      target = listener;
    }
    if (removed == null) {
      return;
    }
    try {
      target.removed(removed);
    } catch (RuntimeException e) {
      log.warn("{}: card listener failed on {}", config.id(), removed, e);
    } finally {
      if (removed.card() instanceof UntrustedCardData data) {
        data.wipe();
      }
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

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    session.close();
    port.close();
    pinger.shutdownNow();
    health.down(HealthReason.CLOSED, "closed");
  }
}
