package vn.tiepdon.provisioning.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;
import vn.tiepdon.provisioning.topic.TopicFilter;

/**
 * Listens to every kiosk's {@code status}, {@code health} and {@code event}: reads the JSON, judges
 * status by birth sequence ({@link PresenceTracker}), drops repeated events by id, and passes the
 * rest to a {@link FleetCallback}. Messages whose topic and body disagree about the kiosk are
 * rejected, so one kiosk cannot speak for another.
 */
public final class FleetListener implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FleetListener.class);
  private static final int REMEMBERED_EVENT_IDS = 10_000;

  private final TelemetryFeed feed;
  private final FleetCallback callback;
  private final Optional<String> sharedGroup;
  private final MessageCodec codec = new MessageCodec();
  private final PresenceTracker presence = new PresenceTracker();
  private final Map<UUID, Boolean> seenEvents =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
          return size() > REMEMBERED_EVENT_IDS;
        }
      };
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  /**
   * @param sharedGroup MQTT 5 shared-subscription group for health and events, so several consumers
   *     split them; status is always subscribed directly (retained messages are not sent to shared
   *     subscriptions)
   */
  public FleetListener(TelemetryFeed feed, FleetCallback callback, Optional<String> sharedGroup) {
    this.feed = feed;
    this.callback = callback;
    this.sharedGroup = sharedGroup;
  }

  public FleetListener(TelemetryFeed feed, FleetCallback callback) {
    this(feed, callback, Optional.empty());
  }

  public void start() {
    feed.open(filters(), this::received);
  }

  List<TopicFilter> filters() {
    return List.of(
        TopicFilter.allKiosks(Channel.STATUS), filter(Channel.HEALTH), filter(Channel.EVENT));
  }

  private TopicFilter filter(Channel channel) {
    return sharedGroup
        .map(group -> TopicFilter.shared(group, channel))
        .orElse(TopicFilter.allKiosks(channel));
  }

  /** Handles one raw message; public so that other transports (and replays) can feed it. */
  public synchronized void received(String topicName, byte[] payload) {
    Runnable delivery;
    try {
      delivery = read(KioskTopic.parse(topicName), payload);
    } catch (IllegalArgumentException e) {
      rejected.incrementAndGet();
      log.warn("rejected message on '{}': {}", topicName, e.getMessage());
      callback.onRejected(topicName, e.getMessage());
      return;
    }
    // Outside the try: a failing callback is the consumer's bug, not a bad message.
    delivery.run();
  }

  /** Checks the message and returns what to tell the callback (nothing for a repeat). */
  private Runnable read(KioskTopic topic, byte[] payload) {
    switch (topic.channel()) {
      case STATUS -> {
        KioskStatus status = codec.decodeStatus(payload);
        requireSameKiosk(topic, status.ref());
        Liveness liveness = presence.apply(status);
        return () -> callback.onStatus(status, liveness);
      }
      case HEALTH -> {
        Health health = codec.decodeHealth(payload);
        requireSameKiosk(topic, health.ref());
        return () -> callback.onHealth(health);
      }
      case EVENT -> {
        EventMessage event = codec.decodeEvent(payload);
        requireSameKiosk(topic, event.ref());
        if (seenEvents.put(event.id(), Boolean.TRUE) != null) {
          duplicates.incrementAndGet();
          log.debug("dropping repeated event {} from {}", event.id(), event.ref());
          return () -> {};
        }
        return () -> callback.onEvent(event);
      }
      default -> throw new IllegalArgumentException("not a fleet channel: " + topic.channel());
    }
  }

  private static void requireSameKiosk(KioskTopic topic, KioskRef body) {
    if (!topic.kiosk().equals(body)) {
      throw new IllegalArgumentException(
          "message body names kiosk " + body + " but topic '" + topic + "' names " + topic.kiosk());
    }
  }

  /** Current presence as judged so far, for a fleet table. */
  public PresenceTracker presence() {
    return presence;
  }

  /** Events dropped because their id was seen before. */
  public long duplicatesDropped() {
    return duplicates.get();
  }

  public long rejected() {
    return rejected.get();
  }

  @Override
  public void close() {
    feed.close();
  }
}
