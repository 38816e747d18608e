package vn.tiepdon.devices;

/** Cancels a listener registration; cancelling twice does nothing. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  void cancel();

  @Override
  default void close() {
    cancel();
  }
}
