package vn.tiepdon.ui.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;

/**
 * Asks {@link Insurance} with a bounded wait: a hospital system that is down, slow or failing
 * answers {@link Coverage#unchecked()}, so the patient goes on as self-paying or has the card
 * checked at the counter, never stuck. The check runs on its own daemon thread, so a late answer
 * costs nothing but that thread's time.
 */
public final class CoverageLookup {
  /** Long enough for a hospital system on the same network, short enough for a queue behind. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(4);

  private static final Logger log = LoggerFactory.getLogger(CoverageLookup.class);
  private static final ExecutorService CHECKS =
      Executors.newCachedThreadPool(DaemonThreads.named("insurance-check"));

  private final Insurance insurance;
  private final Duration timeout;

  public CoverageLookup(Insurance insurance, Duration timeout) {
    this.insurance = Objects.requireNonNull(insurance, "insurance");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  public Duration timeout() {
    return timeout;
  }

  /** The patient's coverage, or {@link Coverage#unchecked()} when no answer came in time. */
  Coverage lookUp(PatientSummary patient, Object card) {
    Future<Coverage> answer =
        CompletableFuture.supplyAsync(() -> insurance.check(patient, card), CHECKS);
    try {
      Coverage coverage = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return coverage == null ? Coverage.unchecked() : coverage;
    } catch (TimeoutException e) {
      answer.cancel(true);
      log.warn("insurance check gave no answer within {}; the counter checks the card", timeout);
      return Coverage.unchecked();
    } catch (ExecutionException e) {
      log.warn("insurance check failed: {}", e.getCause().getClass().getSimpleName());
      return Coverage.unchecked();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      return Coverage.unchecked();
    }
  }
}
