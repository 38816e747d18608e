package vn.tiepdon.ui.app;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import vn.tiepdon.citizenid.chip.ChipReader;
import vn.tiepdon.citizenid.chip.CscaTrustStore;

/**
 * The chip reader the kiosk reads cards with, replaced when IT sends a new CSCA list.
 *
 * <p>The first one is built on a background thread: it loads BouncyCastle's provider (about 670
 * classes from a signed jar, which class-data sharing cannot archive; 0.3 to 0.6 s on two cores)
 * and the attract screen does not need it. It is ready long before a patient has chosen a language
 * and scanned a QR code; a card read that comes earlier waits for it.
 */
final class ChipReaderInForce implements Supplier<ChipReader> {
  private volatile CompletableFuture<ChipReader> current;

  private ChipReaderInForce(CompletableFuture<ChipReader> first) {
    this.current = first;
  }

  /** Starts building a reader that trusts {@code trust}, on its own daemon thread. */
  static ChipReaderInForce buildInBackground(CscaTrustStore trust, Clock clock) {
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(clock, "clock");
    return new ChipReaderInForce(
        CompletableFuture.supplyAsync(
            () -> new ChipReader(trust, clock),
            work -> {
              Thread thread = new Thread(work, "chip-reader-warm-up");
              thread.setDaemon(true);
              thread.start();
            }));
  }

  /** The reader in force, waiting for the first one to be built if need be. */
  @Override
  public ChipReader get() {
    try {
      return current.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("the chip reader could not be built", e.getCause());
    }
  }

  /** Reads the next cards with {@code reader}. */
  void set(ChipReader reader) {
    current = CompletableFuture.completedFuture(Objects.requireNonNull(reader, "reader"));
  }
}
