package vn.tiepdon.provisioning.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * Durable store-and-forward queue: a message is here before anyone tries to publish it and leaves
 * only when the broker has acknowledged it. Survives restarts and power loss.
 */
public interface Outbox {

  /**
   * Stores a message durably, then applies the limits: too old first, then if still too many the
   * lowest-priority oldest. Returns what the limits dropped (possibly this message's elders).
   */
  AddResult add(UUID messageId, KioskTopic topic, byte[] payload, Priority priority, Instant now);

  /** The next messages to deliver: highest priority first, oldest first within a priority. */
  List<OutboxMessage> next(int max);

  /** Counts a delivery attempt, so a message that keeps failing shows up. */
  void attempted(long sequence);

  /** Removes a message the broker acknowledged. */
  void delivered(long sequence);

  /** Removes messages the broker acknowledged, in one transaction. */
  void delivered(List<Long> sequences);

  long pending();

  /** What one {@link #add} cost: messages dropped by the limits, with their ids for the log. */
  record AddResult(long sequence, List<UUID> dropped) {}
}
