package vn.tiepdon.payment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.feed.sim.GeneratedFeed;
import vn.tiepdon.payment.reconcile.ExpectedPayment;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reconcile.Reconciler;
import vn.tiepdon.payment.reconcile.ReconciliationSummary;

/**
 * {@code tiepdon bench reconcile}: a generated, mangled feed (see {@link GeneratedFeed}) reconciled
 * against as many intents. The feed is built in memory first, as a statement read from disk would
 * be; the time measured is the reconciliation itself, and every outcome is checked against the one
 * the generator intended. Peak heap is the sum of the heap pools' peaks over the whole run,
 * including the feed.
 */
public final class ReconcileBenchmark {
  private ReconcileBenchmark() {}

  /** Runs once and returns the JSON-ready result. */
  public static Map<String, Object> run(int transfers, int intents, long seed) {
    if (transfers < 1 || intents < 1) {
      throw new IllegalArgumentException(
          "transfers and intents must be at least 1, were " + transfers + " and " + intents);
    }
    System.gc();
    resetPeaks();
    long startGenerate = System.nanoTime();
    List<ExpectedPayment> expected =
        GeneratedFeed.intents(intents, Instant.parse("2026-12-01T01:00:00Z"), seed);
    GeneratedFeed feed = new GeneratedFeed(expected, transfers, seed + 1, TransferSource.SEPAY);
    List<BankTransfer> feedTransfers = new ArrayList<>(transfers);
    byte[] intended = new byte[transfers];
    for (GeneratedFeed.Item item : feed) {
      intended[feedTransfers.size()] = (byte) item.expected().ordinal();
      feedTransfers.add(item.transfer());
    }
    long generateMs = (System.nanoTime() - startGenerate) / 1_000_000;

    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Reconciler reconciler = new Reconciler(expected);
    for (BankTransfer transfer : feedTransfers) {
      reconciler.accept(transfer);
    }
    Reconciler.Reconciliation result = reconciler.finish();
    long ms = (System.nanoTime() - start) / 1_000_000;
    long cpuMs = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
    // What stays reachable (intents, feed, outcomes) once garbage is collected.
    System.gc();
    long liveHeap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    java.lang.ref.Reference.reachabilityFence(feedTransfers);

    long wrong = 0;
    Outcome[] outcomes = Outcome.values();
    for (int t = 0; t < transfers; t++) {
      if (result.transferOutcome(t) != outcomes[intended[t]]) {
        wrong++;
      }
    }
    for (int i = 0; i < intents; i++) {
      if (result.intentOutcome(i) != feed.expectedIntentOutcome(i)) {
        wrong++;
      }
    }
    ReconciliationSummary s = result.summary();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("transfers", s.transfers());
    json.put("intents", s.intents());
    json.put("ms", ms);
    json.put("cpuMs", cpuMs);
    json.put("transfersPerSecond", ms == 0 ? null : s.transfers() * 1000L / ms);
    json.put("generateMs", generateMs);
    json.put("peakHeapMb", peakHeapBytes() / (1024 * 1024));
    json.put("liveHeapAfterGcMb", liveHeap / (1024 * 1024));
    json.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    json.put("processors", Runtime.getRuntime().availableProcessors());
    // Other work on the machine stretches wall time, not CPU time: report both, and the load.
    json.put(
        "systemLoadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    json.put("matched", s.matched());
    json.put("partial", s.partial());
    json.put("overpaid", s.overpaid());
    json.put("duplicate", s.duplicate());
    json.put("late", s.late());
    json.put("unmatchedTransfers", s.unmatchedTransfers());
    json.put("unpaidIntents", s.unpaidIntents());
    json.put("outcomesDifferingFromGenerator", wrong);
    return json;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
