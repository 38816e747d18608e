package vn.tiepdon.provisioning.fleet;

import java.util.List;
import vn.tiepdon.provisioning.topic.TopicFilter;

/** The transport under a fleet consumer: delivers raw messages from the given filters. */
public interface TelemetryFeed extends AutoCloseable {

  /** Connects and subscribes; {@code receiver} gets every message, one at a time. */
  void open(List<TopicFilter> filters, Receiver receiver);

  @Override
  void close();

  @FunctionalInterface
  interface Receiver {
    void received(String topic, byte[] payload);
  }
}
