package vn.tiepdon.ui.cashier.fx;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.ui.cashier.DeskSnapshot;

/**
 * Reads the desk's day off the JavaFX thread: every {@code interval} (another desk or a kiosk may
 * write to a shared database) and at once when asked (a payment was booked here, the cashier
 * acted). Requests that arrive while a read is queued are folded into it, so a burst of webhooks
 * costs one read. Results and failures are handed to callbacks that run on the caller's chosen
 * thread.
 */
final class DeskRefresher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeskRefresher.class);

  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "cashier-desk-refresh");
            t.setDaemon(true);
            return t;
          });
  private final AtomicBoolean queued = new AtomicBoolean();
  private final Function<LocalDate, DeskSnapshot> read;
  private final Consumer<DeskSnapshot> onRead;
  private final Consumer<RuntimeException> onFailure;
  private volatile LocalDate day;

  DeskRefresher(
      Function<LocalDate, DeskSnapshot> read,
      LocalDate day,
      Consumer<DeskSnapshot> onRead,
      Consumer<RuntimeException> onFailure) {
    this.read = read;
    this.day = day;
    this.onRead = onRead;
    this.onFailure = onFailure;
  }

  void start(Duration interval) {
    worker.scheduleWithFixedDelay(this::readNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Shows another day from the next read on. */
  void day(LocalDate day) {
    this.day = day;
    request();
  }

  /** Reads as soon as the worker is free. */
  void request() {
    if (queued.compareAndSet(false, true)) {
      worker.execute(this::readNow);
    }
  }

  /** Runs other database work (a match, an import, an export) on the same worker, in order. */
  void submit(Runnable work) {
    worker.execute(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.error("desk work failed", e);
          }
        });
  }

  private void readNow() {
    queued.set(false);
    try {
      onRead.accept(read.apply(day));
    } catch (RuntimeException e) {
      LOG.warn("reading the desk failed: {}", e.getMessage());
      onFailure.accept(e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
