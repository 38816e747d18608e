package vn.tiepdon.provisioning.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.PaymentNotice;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.KioskTopic;
import vn.tiepdon.provisioning.topic.PaymentTopic;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * A cashier desk's MQTT connection (Paho): it hears the events of every kiosk of its site (to learn
 * their payment intents) and tells a kiosk when money was booked on one of them.
 *
 * <ul>
 *   <li>Events: {@code $share/{group}/tiepdon/v1/{site}/+/event} (or without {@code $share} when no
 *       group is set), in a persistent session, so what kiosks publish while the desk is away waits
 *       at the broker (up to {@link #SESSION_EXPIRY}). Topic and body must name the same kiosk;
 *       repeats (same event id) are dropped; a malformed event is logged naming the field and
 *       dropped. An event is acknowledged to the broker only once the listener took it: if it
 *       throws, the link reconnects and the broker delivers the event again.
 *   <li>Payment statuses: QoS 1, retained (a kiosk that is offline learns it when it reconnects),
 *       with a message expiry so a status nobody clears leaves the broker by itself.
 * </ul>
 *
 * <p>It connects in the background and reconnects with back-off; {@link Listener#onConnected} runs
 * after each connection, so the desk can publish what it could not while the broker was away.
 */
public final class MqttCashierLink implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MqttCashierLink.class);
  private static final int QOS_AT_LEAST_ONCE = 1;
  private static final int REMEMBERED_EVENT_IDS = 10_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);

  /** How long the broker keeps the desk's session (and the events for it) while it is away. */
  public static final Duration SESSION_EXPIRY = Duration.ofDays(1);

  /** What the desk hears; called on the link's own thread, one at a time. */
  public interface Listener {
    /**
     * An event of a kiosk of this site, each id once.
     *
     * @throws RuntimeException when it could not be taken now (the database is away): the event is
     *     not acknowledged, and the broker delivers it again after the link reconnects
     */
    void onEvent(EventMessage event);

    /** A message that could not be read; {@code problem} names the field. */
    default void onRejected(String topic, String problem) {}

    /** Connected (again): publish what could not be published meanwhile. */
    default void onConnected() {}
  }

  private final FleetSettings settings;
  private final SiteId site;
  private final Duration statusLifetime;
  private final Listener listener;
  private final MessageCodec codec = new MessageCodec();
  private final ScheduledExecutorService worker;
  private final Map<UUID, Boolean> seenEvents =
      new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
          return size() > REMEMBERED_EVENT_IDS;
        }
      };
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong notTaken = new AtomicLong();
  private volatile boolean closed;
  private volatile MqttAsyncClient client;
  private Duration retry = FIRST_RETRY; // worker thread only

  private MqttCashierLink(
      FleetSettings settings, SiteId site, Duration statusLifetime, Listener listener) {
    if (statusLifetime.isNegative() || statusLifetime.isZero()) {
      throw new IllegalArgumentException("statusLifetime must be > 0, was " + statusLifetime);
    }
    this.settings = settings;
    this.site = site;
    this.statusLifetime = statusLifetime;
    this.listener = listener;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("cashier-mqtt-" + settings.clientId()));
  }

  /**
   * Starts connecting in the background; the desk works without the broker meanwhile.
   *
   * @param settings broker, credentials, this desk's client id (stable: it names the persistent
   *     session) and the shared-subscription group (blank: subscribe directly)
   * @param statusLifetime how long the broker keeps a retained payment status nobody cleared
   */
  public static MqttCashierLink start(
      FleetSettings settings, SiteId site, Duration statusLifetime, Listener listener) {
    MqttCashierLink link = new MqttCashierLink(settings, site, statusLifetime, listener);
    link.worker.execute(link::connect);
    return link;
  }

  /** The events filter, e.g. {@code $share/cashier/tiepdon/v1/bv-a/+/event}. */
  public String eventFilter() {
    String filter = KioskTopic.ROOT + "/" + site + "/+/" + Channel.EVENT.level();
    return settings.sharedGroup().isEmpty()
        ? filter
        : "$share/" + settings.sharedGroup() + "/" + filter;
  }

  public boolean connected() {
    MqttAsyncClient c = client;
    return c != null && c.isConnected();
  }

  /**
   * Publishes a payment status, retained, and waits for the broker's acknowledgement.
   *
   * @return false when the broker is not reachable now (publish it again from {@link
   *     Listener#onConnected})
   */
  public boolean publish(PaymentNotice notice) {
    MqttProperties properties = new MqttProperties();
    properties.setMessageExpiryInterval(statusLifetime.toSeconds());
    return send(
        notice.topic().value(),
        new MqttMessage(codec.encode(notice), QOS_AT_LEAST_ONCE, true, properties));
  }

  /** Removes the retained status of an intent (the kiosk has it). */
  public boolean clear(PaymentTopic topic) {
    return send(topic.value(), new MqttMessage(new byte[0], QOS_AT_LEAST_ONCE, true, null));
  }

  private boolean send(String topic, MqttMessage message) {
    MqttAsyncClient c = client;
    if (c == null || !c.isConnected()) {
      return false;
    }
    try {
      IMqttToken token = c.publish(topic, message);
      token.waitForCompletion(TIMEOUT.toMillis());
      int[] codes = token.getReasonCodes();
      if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
        log.warn(
            "broker refused to publish on {}: reason code 0x{}",
            topic,
            Integer.toHexString(codes[0]));
        return false;
      }
      return true;
    } catch (MqttException e) {
      log.warn("publishing on {} failed: {}", topic, e.toString());
      return false;
    }
  }

  /** Events dropped because their id was seen before. */
  public long duplicatesDropped() {
    return duplicates.get();
  }

  /** Deliveries the listener could not take (left for the broker to send again). */
  public long notTaken() {
    return notTaken.get();
  }

  /** Messages that could not be read. */
  public long rejected() {
    return rejected.get();
  }

  private void connect() {
    if (closed || connected()) {
      return;
    }
    try {
      if (client == null) {
        MqttAsyncClient created =
            new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        created.setCallback(new Callback());
        // Acknowledged once taken: an event the desk could not store comes again.
        created.setManualAcks(true);
        client = created;
      }
      client.connect(options()).waitForCompletion(TIMEOUT.toMillis());
      client.subscribe(eventFilter(), QOS_AT_LEAST_ONCE).waitForCompletion(TIMEOUT.toMillis());
      retry = FIRST_RETRY;
      log.info(
          "cashier desk {} connected to {}, hearing {}",
          settings.clientId(),
          settings.brokerUrl(),
          eventFilter());
      listener.onConnected();
    } catch (MqttException | RuntimeException e) {
      log.warn(
          "cashier desk cannot reach the broker {}: {}; retrying in {}",
          settings.brokerUrl(),
          e.toString(),
          retry);
      dropConnection();
      scheduleReconnect();
    }
  }

  private MqttConnectionOptions options() {
    MqttConnectionOptions options = new MqttConnectionOptions();
    // A persistent session: events published while the desk is away wait for it at the broker.
    options.setCleanStart(false);
    options.setSessionExpiryInterval(SESSION_EXPIRY.toSeconds());
    options.setAutomaticReconnect(false);
    options.setKeepAliveInterval(30);
    options.setConnectionTimeout((int) TIMEOUT.toSeconds());
    if (!settings.username().isEmpty()) {
      options.setUserName(settings.username());
      options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
    }
    if (!settings.caCertPath().isEmpty()) {
      options.setSocketFactory(TrustedCa.socketFactory(settings.caCertPath()));
      options.setHttpsHostnameVerificationEnabled(true);
    }
    return options;
  }

  private void scheduleReconnect() {
    if (closed) {
      return;
    }
    Duration delay = retry;
    retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
    try {
      worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      log.debug("cashier link closed; not reconnecting");
    }
  }

  private void dropConnection() {
    MqttAsyncClient c = client;
    if (c == null) {
      return;
    }
    try {
      if (c.isConnected()) {
        c.disconnectForcibly(0, 1_000, false);
      }
    } catch (MqttException e) {
      log.debug("dropping the cashier connection: {}", e.toString());
    }
  }

  /** Takes one message and acknowledges it, or reconnects so the broker sends it again. */
  private void take(String topicName, byte[] payload, int messageId, int qos) {
    if (received(topicName, payload)) {
      acknowledge(messageId, qos);
    } else {
      notTaken.incrementAndGet();
      log.warn("event on '{}' not taken; reconnecting so the broker delivers it again", topicName);
      dropConnection();
      scheduleReconnect();
    }
  }

  private void acknowledge(int messageId, int qos) {
    MqttAsyncClient c = client;
    if (qos == 0 || c == null) {
      return;
    }
    try {
      c.messageArrivedComplete(messageId, qos);
    } catch (MqttException e) {
      // Not connected any more: the broker sends it again and the id check drops it.
      log.debug("acknowledging message {}: {}", messageId, e.toString());
    }
  }

  /**
   * Reads one event message; runs on the worker thread.
   *
   * @return false when the listener could not take a valid event now
   */
  boolean received(String topicName, byte[] payload) {
    EventMessage event;
    try {
      KioskTopic topic = KioskTopic.parse(topicName);
      if (topic.channel() != Channel.EVENT || !topic.kiosk().site().equals(site)) {
        throw new IllegalArgumentException("not an event of site " + site);
      }
      event = codec.decodeEvent(payload);
      if (!topic.kiosk().equals(event.ref())) {
        throw new IllegalArgumentException(
            "event body names kiosk " + event.ref() + " but the topic names " + topic.kiosk());
      }
    } catch (IllegalArgumentException e) {
      rejected.incrementAndGet();
      log.warn("dropping a message on '{}': {}", topicName, e.getMessage());
      listener.onRejected(topicName, e.getMessage());
      return true;
    }
    if (seenEvents.containsKey(event.id())) {
      duplicates.incrementAndGet();
      log.debug("dropping repeated event {} from {}", event.id(), event.ref());
      return true;
    }
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      log.error(
          "desk could not take event {} ({}) of {} now", event.id(), event.type(), event.ref(), e);
      return false;
    }
    seenEvents.put(event.id(), Boolean.TRUE);
    return true;
  }

  @Override
  public void close() {
    closed = true;
    try {
      worker
          .submit(
              () -> {
                MqttAsyncClient c = client;
                if (c == null) {
                  return;
                }
                try {
                  if (c.isConnected()) {
                    c.disconnect(TIMEOUT.toMillis()).waitForCompletion(TIMEOUT.toMillis());
                  }
                  c.close(true);
                } catch (MqttException e) {
                  log.debug("closing the cashier connection: {}", e.toString());
                }
              })
          .get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException
        | RejectedExecutionException e) {
      log.warn("cashier connection did not close cleanly: {}", e.toString());
    }
    worker.shutdownNow();
  }

  /** Paho calls this on its own threads; everything is handed to the worker. */
  private final class Callback implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) {
      byte[] payload = message.getPayload();
      int id = message.getId();
      int qos = message.getQos();
      submit(() -> take(topic, payload, id, qos));
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
      log.warn("cashier desk {} lost the broker: {}", settings.clientId(), response);
      submit(MqttCashierLink.this::scheduleReconnect);
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      log.warn("cashier desk MQTT error: {}", exception.toString());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}

    private void submit(Runnable task) {
      if (closed) {
        return;
      }
      try {
        worker.execute(task);
      } catch (RejectedExecutionException e) {
        log.debug("cashier link stopped; ignoring a callback");
      }
    }
  }
}
