package vn.tiepdon.ui.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.command.KioskControl;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;

/**
 * {@code RESTART}, {@code MAINTENANCE_ON/OFF} and {@code SHOW_MESSAGE} on the kiosk: maintenance
 * and notices go to callbacks the composition root connects to the UI; a restart is an exit with
 * {@link #RESTART_EXIT_CODE}, which the kiosk's systemd unit restarts on ({@code
 * RestartForceExitStatus=75}).
 *
 * <p>A restart never cuts a patient off: it waits until no patient's session is on screen, checking
 * every {@link #RESTART_POLL}, for at most {@link #RESTART_WAIT_LIMIT}. It also waits at least
 * {@code grace} after the command, so the {@code DONE} ack is in the outbox (and usually published)
 * before the application closes.
 */
public final class RemoteKioskControl implements KioskControl, AutoCloseable {
  /**
   * EX_TEMPFAIL from sysexits.h: "try again", distinct from 0 (stop), 1 (bug) and 2 (bad input).
   */
  public static final int RESTART_EXIT_CODE = 75;

  public static final Duration RESTART_POLL = Duration.ofSeconds(1);
  public static final Duration RESTART_WAIT_LIMIT = Duration.ofMinutes(10);
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(RemoteKioskControl.class);

  private final Consumer<Boolean> maintenance;
  private final Consumer<RemoteNotice> notices;
  private final BooleanSupplier patientOnScreen;
  private final Runnable shutdown;
  private final IntConsumer exit;
  private final Duration grace;
  private final Clock clock;
  private final ScheduledExecutorService restarter =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("remote-restart"));
  private ScheduledFuture<?> pending;
  private long waitedMillis;

  /**
   * @param maintenance switches the kiosk's maintenance screen on ({@code true}) or off
   * @param notices shows IT's notice on the attract screen
   * @param patientOnScreen true while a patient's session is on screen
   * @param shutdown closes the kiosk cleanly (the composition root's {@code close()}) before exit
   * @param exit ends the process ({@code System::exit} on a kiosk)
   */
  public RemoteKioskControl(
      Consumer<Boolean> maintenance,
      Consumer<RemoteNotice> notices,
      BooleanSupplier patientOnScreen,
      Runnable shutdown,
      IntConsumer exit,
      Duration grace,
      Clock clock) {
    if (maintenance == null
        || notices == null
        || patientOnScreen == null
        || shutdown == null
        || exit == null
        || clock == null) {
      throw new IllegalArgumentException(
          "maintenance, notices, patientOnScreen, shutdown, exit and clock are required");
    }
    if (grace == null || grace.isNegative() || grace.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("grace must be between PT0S and PT1M, was " + grace);
    }
    this.maintenance = maintenance;
    this.notices = notices;
    this.patientOnScreen = patientOnScreen;
    this.shutdown = shutdown;
    this.exit = exit;
    this.grace = grace;
    this.clock = clock;
  }

  /** Schedules the restart and returns at once; a second request while one waits is the same. */
  @Override
  public synchronized void restart() {
    if (pending != null) {
      log.info("restart already scheduled");
      return;
    }
    log.info(
        "restart requested (IT command or new bundle); exiting with {} when no patient is on screen",
        RESTART_EXIT_CODE);
    waitedMillis = 0;
    pending =
        restarter.scheduleWithFixedDelay(
            this::restartWhenFree,
            grace.toMillis(),
            RESTART_POLL.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** True once a restart is scheduled (it may be waiting for a patient to finish). */
  public synchronized boolean restartPending() {
    return pending != null;
  }

  private void restartWhenFree() {
    boolean busy = patientOnScreen.getAsBoolean();
    if (busy && waitedMillis < RESTART_WAIT_LIMIT.toMillis()) {
      waitedMillis += RESTART_POLL.toMillis();
      return;
    }
    if (busy) {
      log.warn("a patient is still on screen after {}; restarting anyway", RESTART_WAIT_LIMIT);
    }
    try {
      shutdown.run();
    } catch (RuntimeException e) {
      log.error("clean shutdown before the restart failed; exiting anyway", e);
    }
    exit.accept(RESTART_EXIT_CODE);
    restarter.shutdown();
  }

  @Override
  public void maintenance(boolean on) {
    log.info("maintenance mode {} by hospital IT", on ? "on" : "off");
    maintenance.accept(on);
  }

  @Override
  public void showMessage(String vietnamese, String english, Duration duration) {
    RemoteNotice notice = new RemoteNotice(vietnamese, english, clock.instant().plus(duration));
    log.info("notice from hospital IT shown until {}", notice.until());
    notices.accept(notice);
  }

  /** Drops a restart that has not happened yet (the kiosk is closing anyway). */
  @Override
  public void close() {
    restarter.shutdownNow();
  }
}
