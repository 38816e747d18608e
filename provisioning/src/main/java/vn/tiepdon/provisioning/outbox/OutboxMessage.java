package vn.tiepdon.provisioning.outbox;

import java.time.Instant;
import java.util.UUID;
import vn.tiepdon.provisioning.topic.KioskTopic;

/**
 * A message waiting for the broker: published as is, so a redelivery is byte-identical and keeps
 * its {@code messageId}.
 *
 * @param sequence the store's position, increasing in the order messages were added
 */
public record OutboxMessage(
    long sequence,
    UUID messageId,
    KioskTopic topic,
    byte[] payload,
    Priority priority,
    Instant createdAt,
    int attempts) {}
