package vn.tiepdon.provisioning.testing;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A real one-thread scheduler, except that periodic tasks wait for {@link #tick()} instead of the
 * wall clock, so a test decides when the next health report is due without sleeping.
 */
public final class ManualHealthTicks extends ScheduledThreadPoolExecutor {
  private volatile Runnable periodic;
  private volatile long periodMillis = -1;

  public ManualHealthTicks() {
    super(1);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(
      Runnable command, long initialDelay, long period, TimeUnit unit) {
    this.periodic = command;
    this.periodMillis = unit.toMillis(period);
    return super.schedule(() -> {}, 365, TimeUnit.DAYS);
  }

  /** Runs the periodic task once on the scheduler's thread and waits for it. */
  public void tick() throws Exception {
    submit(periodic).get(30, TimeUnit.SECONDS);
  }

  /** Waits until everything queued so far has run. */
  public void settle() throws Exception {
    submit(() -> {}).get(30, TimeUnit.SECONDS);
  }

  public long periodMillis() {
    return periodMillis;
  }
}
