package vn.tiepdon.ui.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit from a command-line command (no {@code Application} subclass, so the
 * composition root keeps control of construction) and runs work on its thread.
 */
public final class FxRuntime {
  private static boolean started;

  /** Whether this class started the toolkit (rather than finding it running, e.g. in tests). */
  private static boolean startedHere;

  private FxRuntime() {}

  public static synchronized void start() {
    if (started) {
      return;
    }
    CountDownLatch ready = new CountDownLatch(1);
    try {
      Platform.startup(ready::countDown);
      startedHere = true;
    } catch (IllegalStateException alreadyRunning) {
      ready.countDown();
    }
    await(ready);
    Platform.setImplicitExit(false);
    KioskFonts.loadForJavaFx();
    started = true;
  }

  /**
   * Stops the toolkit if this class started it; a toolkit someone else started (a test harness, an
   * embedding application) keeps running.
   */
  public static synchronized void stop() {
    if (started && startedHere) {
      Platform.exit();
      startedHere = false;
    }
    started = false;
  }

  /** Runs {@code work} on the JavaFX thread and returns its result. */
  public static <T> T call(Supplier<T> work) {
    if (Platform.isFxApplicationThread()) {
      return work.get();
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the JavaFX thread", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("JavaFX work failed", e.getCause());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting JavaFX", e);
    }
  }
}
