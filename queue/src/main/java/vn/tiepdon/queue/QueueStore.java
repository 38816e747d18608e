package vn.tiepdon.queue;

import java.util.function.Function;

/**
 * Port to the durable ticket store. A write transaction is exclusive across threads and processes
 * sharing the store, and is either wholly kept or wholly discarded: an exception thrown by the work
 * discards it.
 */
public interface QueueStore {
  <T> T write(Function<QueueLedger, T> work);

  <T> T read(Function<QueueLedger, T> work);
}
