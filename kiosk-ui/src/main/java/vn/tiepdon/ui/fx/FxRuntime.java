package vn.tiepdon.ui.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit from a command-line command (no {@code Application} subclass, so the
 * composition root keeps control of construction) and runs work on its thread.
 */
public final class FxRuntime {
  /** The toolkit's start, once asked for; completed when it runs with the kiosk's fonts. */
  private static CompletableFuture<Void> startup;

  /** Whether this class started the toolkit (rather than finding it running, e.g. in tests). */
  private static boolean startedHere;

  private FxRuntime() {}

  /** Starts the toolkit, or waits until the start asked for by {@link #startInBackground} ends. */
  public static void start() {
    CompletableFuture<Void> toolkit;
    synchronized (FxRuntime.class) {
      if (startup == null) {
        startup = new CompletableFuture<>();
        startNow(startup);
      }
      toolkit = startup;
    }
    try {
      toolkit.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("JavaFX could not start", e.getCause());
    }
  }

  /**
   * Starts the toolkit on a thread of its own while the caller builds the kiosk (the toolkit and
   * the composition root need each other only to show the first screen); {@link #start} then waits
   * for it and reports a failure.
   */
  public static void startInBackground() {
    CompletableFuture<Void> toolkit;
    synchronized (FxRuntime.class) {
      if (startup != null) {
        return;
      }
      toolkit = new CompletableFuture<>();
      startup = toolkit;
    }
    // The kiosk draws with AWT only off-screen (tickets, font registration). AWT on X11 set up
    // while GTK starts on this other thread races with it (GDK: "XSetErrorHandler() called with a
    // GDK error trap pushed"), so AWT stays headless unless the caller decided otherwise.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Thread thread = new Thread(() -> startNow(toolkit), "javafx-start");
    thread.setDaemon(true);
    thread.start();
  }

  private static void startNow(CompletableFuture<Void> toolkit) {
    try {
      CountDownLatch ready = new CountDownLatch(1);
      boolean ours;
      try {
        Platform.startup(ready::countDown);
        ours = true;
      } catch (IllegalStateException alreadyRunning) {
        ready.countDown();
        ours = false;
      }
      await(ready);
      Platform.setImplicitExit(false);
      KioskFonts.loadForJavaFx();
      synchronized (FxRuntime.class) {
        startedHere = ours;
      }
      toolkit.complete(null);
    } catch (RuntimeException | Error e) {
      toolkit.completeExceptionally(e);
    }
  }

  /**
   * Stops the toolkit if this class started it; a toolkit someone else started (a test harness, an
   * embedding application) keeps running.
   */
  public static void stop() {
    CompletableFuture<Void> toolkit;
    synchronized (FxRuntime.class) {
      toolkit = startup;
      startup = null;
    }
    if (toolkit == null) {
      return;
    }
    try {
      toolkit.join(); // a start still running in the background ends first
    } catch (CompletionException failed) {
      return; // nothing was started
    }
    synchronized (FxRuntime.class) {
      if (startedHere) {
        Platform.exit();
        startedHere = false;
      }
    }
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
