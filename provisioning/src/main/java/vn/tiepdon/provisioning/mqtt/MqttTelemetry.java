package vn.tiepdon.provisioning.mqtt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;
import javax.sql.DataSource;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.concurrent.DaemonThreads;
import vn.tiepdon.provisioning.health.HealthSampler;
import vn.tiepdon.provisioning.health.HealthSources;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.MalformedMessageException;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.message.OutboxFigures;
import vn.tiepdon.provisioning.outbox.Outbox;
import vn.tiepdon.provisioning.outbox.OutboxMessage;
import vn.tiepdon.provisioning.outbox.Priority;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteBirthSequence;
import vn.tiepdon.provisioning.sqlite.SqliteOutbox;
import vn.tiepdon.provisioning.telemetry.BirthSequence;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.telemetry.RecentErrors;
import vn.tiepdon.provisioning.telemetry.Telemetry;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;
import vn.tiepdon.provisioning.topic.PaymentTopic;

/**
 * Telemetry over MQTT 5 with Eclipse Paho.
 *
 * <ul>
 *   <li>Every connection takes a new birth sequence (bdSeq), registers a retained Last Will
 *       "offline / connection_lost" with it, and then publishes a retained "online" birth with the
 *       same number.
 *   <li>Events and health reports go into the SQLite outbox first and are published from there in
 *       order (events first) with QoS 1; a row is deleted only after the broker's PUBACK, so a
 *       message is delivered at least once and a repeat carries the same id.
 *   <li>It reconnects by itself with exponential back-off. It does not use Paho's automatic
 *       reconnect, because that would reuse the old Will and so the old bdSeq.
 *   <li>It watches its own status topic: if a late Will of an earlier connection overwrites the
 *       retained birth, it publishes the birth again.
 * </ul>
 *
 * <p>All MQTT work runs on one worker thread; {@link #event} only writes to SQLite.
 */
public final class MqttTelemetry implements Telemetry {
  private static final Logger log = LoggerFactory.getLogger(MqttTelemetry.class);
  private static final int QOS_AT_LEAST_ONCE = 1;

  /** Messages removed from the outbox per transaction once acknowledged. */
  private static final int BATCH = 100;

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final TelemetrySettings settings;
  private final KioskRef kiosk;
  private final Clock clock;
  private final HealthSources sources;
  private final HealthSampler sampler;
  private final Outbox outbox;
  private final BirthSequence birthSequence;
  private final OutboxPublisher publisher;
  private final MessageCodec codec = new MessageCodec();
  private final SSLSocketFactory tls;
  private final ScheduledExecutorService worker;
  private final boolean ownsWorker;
  private final AtomicBoolean drainQueued = new AtomicBoolean();
  private final AtomicLong dropped = new AtomicLong();
  private final RecentErrors ownErrors;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean closed;
  private volatile boolean online;
  private volatile String lastProblem;
  private volatile CommandInbox commands;
  private volatile PaymentNoticeInbox paymentNotices;

  // Confined to the worker thread.
  private MqttAsyncClient client;
  private long bdSeq = -1;
  private long healthSeq;
  private Instant startedAt;
  private Instant connectedAt;
  private Duration reconnectDelay;
  private boolean reconnectQueued;
  private ScheduledFuture<?> healthTask;

  /** Production wiring: its own worker thread. */
  public MqttTelemetry(
      TelemetrySettings settings, DataSource dataSource, Clock clock, HealthSources sources) {
    this(settings, dataSource, clock, sources, newWorker(settings.kiosk()), true);
  }

  /**
   * With a caller's scheduler, which must run one task at a time (e.g. a {@code
   * ScheduledThreadPoolExecutor} with one thread). The caller shuts it down.
   */
  public MqttTelemetry(
      TelemetrySettings settings,
      DataSource dataSource,
      Clock clock,
      HealthSources sources,
      ScheduledExecutorService scheduler) {
    this(settings, dataSource, clock, sources, scheduler, false);
  }

  private MqttTelemetry(
      TelemetrySettings settings,
      DataSource dataSource,
      Clock clock,
      HealthSources sources,
      ScheduledExecutorService worker,
      boolean ownsWorker) {
    this.settings = settings;
    this.kiosk = settings.kiosk();
    this.clock = clock;
    this.sources = sources;
    this.ownErrors = new RecentErrors(clock, 5);
    this.sampler = new HealthSampler(kiosk, sources, ownErrors);
    this.worker = worker;
    this.ownsWorker = ownsWorker;
    this.tls =
        settings.caCertPath().isEmpty() ? null : TrustedCa.socketFactory(settings.caCertPath());
    ProvisioningDatabase.migrate(dataSource);
    this.outbox = new SqliteOutbox(dataSource, settings.outbox());
    this.birthSequence = new SqliteBirthSequence(dataSource);
    this.publisher = new OutboxPublisher(outbox, settings.keepAlive().toMillis(), () -> closed);
    this.reconnectDelay = settings.reconnectDelay();
  }

  private static ScheduledExecutorService newWorker(KioskRef kiosk) {
    return Executors.newSingleThreadScheduledExecutor(
        DaemonThreads.named("telemetry-" + kiosk.clientId()));
  }

  /**
   * Also takes remote commands: subscribes to {@code …/cmd/+} on every connection and hands what
   * arrives to {@code inbox} (on Paho's thread; the inbox queues it). Call before {@link #start()};
   * {@link MqttCommandChannel#attach} does.
   */
  void acceptCommands(CommandInbox inbox) {
    if (started.get()) {
      throw new IllegalStateException("commands must be accepted before telemetry starts");
    }
    this.commands = inbox;
  }

  /**
   * Also takes the cashier desk's payment statuses: subscribes to {@code …/payment/+} on every
   * connection (retained statuses arrive again after each reconnect) and hands what arrives to
   * {@code inbox}. Call before {@link #start()}; {@link MqttPaymentNotices#attach} does.
   */
  void acceptPaymentNotices(PaymentNoticeInbox inbox) {
    if (started.get()) {
      throw new IllegalStateException("payment statuses must be accepted before telemetry starts");
    }
    this.paymentNotices = inbox;
  }

  /**
   * Stores a command ack in the outbox (like an event: before health, kept across restarts) and
   * publishes it on its {@code …/cmd/{id}/ack} topic.
   */
  void sendAck(KioskTopic topic, byte[] payload) {
    Outbox.AddResult result =
        outbox.add(UUID.randomUUID(), topic, payload, Priority.EVENT, clock.instant());
    if (!result.dropped().isEmpty()) {
      dropped.addAndGet(result.dropped().size());
      log.warn("outbox limits dropped {} undelivered messages", result.dropped().size());
    }
    requestDrain();
  }

  @Override
  public void start() {
    if (closed) {
      throw new IllegalStateException("telemetry for " + kiosk + " is closed");
    }
    if (!started.compareAndSet(false, true)) {
      return;
    }
    worker.execute(
        () -> {
          startedAt = clock.instant();
          connect();
        });
    long period = settings.healthInterval().toMillis();
    healthTask =
        worker.scheduleAtFixedRate(this::reportHealth, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Never throws for a storage failure: telemetry must not stop a patient's check-in. If the
   * outbox cannot be written (disk full, database locked too long) the event is logged in full
   * instead, which is safe because events carry no personal data, and counted in the health
   * report's last errors.
   */
  @Override
  public void event(KioskEvent event) {
    EventMessage message = EventMessage.of(UUID.randomUUID(), kiosk, clock.instant(), event);
    byte[] json = codec.encode(message);
    try {
      store(message.id(), Channel.EVENT, json, Priority.EVENT);
    } catch (RuntimeException e) {
      ownErrors.record("telemetry", "outbox_write_failed");
      log.error(
          "event could not be stored for delivery; recording it here instead: {}",
          new String(json, java.nio.charset.StandardCharsets.UTF_8),
          e);
    }
  }

  /** Takes and stores one health report now; the schedule calls this every interval. */
  void reportHealth() {
    if (closed) {
      return;
    }
    try {
      Instant now = clock.instant();
      Health health =
          sampler.sample(
              Math.max(bdSeq, 0),
              ++healthSeq,
              now,
              startedAt == null ? now : startedAt,
              new OutboxFigures(outbox.pending(), dropped.get()));
      store(UUID.randomUUID(), Channel.HEALTH, codec.encode(health), Priority.HEALTH);
    } catch (RuntimeException e) {
      // A failing report must not cancel the schedule.
      log.error("health report for {} failed", kiosk, e);
    }
  }

  private void store(UUID id, Channel channel, byte[] payload, Priority priority) {
    Outbox.AddResult result =
        outbox.add(id, kiosk.topic(channel), payload, priority, clock.instant());
    if (!result.dropped().isEmpty()) {
      dropped.addAndGet(result.dropped().size());
      log.warn(
          "outbox limits ({}) dropped {} undelivered messages: {}",
          settings.outbox(),
          result.dropped().size(),
          result.dropped());
    }
    requestDrain();
  }

  private void requestDrain() {
    if (started.get() && !closed && drainQueued.compareAndSet(false, true)) {
      worker.execute(this::drain);
    }
  }

  private void connect() {
    reconnectQueued = false;
    if (closed) {
      return;
    }
    try {
      if (client == null) {
        client =
            new MqttAsyncClient(settings.brokerUrl(), kiosk.clientId(), new MemoryPersistence());
        client.setCallback(new Callback());
      }
      long seq = birthSequence.next(kiosk);
      Instant at = clock.instant();
      bdSeq = seq;
      KioskStatus will =
          KioskStatus.death(kiosk, seq, at, sources.appVersion(), OfflineReason.CONNECTION_LOST);
      client
          .connect(
              KioskConnectOptions.of(
                  settings, tls, kiosk.topic(Channel.STATUS).value(), codec.encode(will)))
          .waitForCompletion(timeoutMillis());
      connectedAt = at;
      reconnectDelay = settings.reconnectDelay();
      publishStatus(KioskStatus.birth(kiosk, seq, at, sources.appVersion()));
      client
          .subscribe(kiosk.topic(Channel.STATUS).value(), QOS_AT_LEAST_ONCE)
          .waitForCompletion(timeoutMillis());
      if (commands != null) {
        client
            .subscribe(CommandInbox.filter(kiosk), QOS_AT_LEAST_ONCE)
            .waitForCompletion(timeoutMillis());
      }
      if (paymentNotices != null) {
        client
            .subscribe(PaymentTopic.filter(kiosk), QOS_AT_LEAST_ONCE)
            .waitForCompletion(timeoutMillis());
      }
      online = true;
      lastProblem = null;
      log.info("telemetry for {} online at {} (bdSeq {})", kiosk, settings.brokerUrl(), seq);
      drain();
    } catch (MqttException | RuntimeException e) {
      online = false;
      lastProblem = describe(e);
      log.warn(
          "telemetry for {} cannot connect to {}: {}; retrying in {}",
          kiosk,
          settings.brokerUrl(),
          e.toString(),
          reconnectDelay);
      dropConnection();
      scheduleReconnect();
    }
  }

  private void publishStatus(KioskStatus status) throws MqttException {
    client
        .publish(
            kiosk.topic(Channel.STATUS).value(), KioskConnectOptions.retained(codec.encode(status)))
        .waitForCompletion(timeoutMillis());
  }

  private void drain() {
    drainQueued.set(false);
    while (!closed && isConnected()) {
      List<OutboxMessage> batch = outbox.next(BATCH);
      if (batch.isEmpty() || !publishInOrder(batch)) {
        return;
      }
    }
  }

  private boolean publishInOrder(List<OutboxMessage> batch) {
    Optional<OutboxPublisher.Failure> failure = publisher.publish(client, batch);
    failure.ifPresent(
        f -> {
          online = false;
          lastProblem = "publish failed: " + describe(f.cause());
          log.warn(
              "publishing {} ({}) failed: {}; it stays in the outbox",
              f.message().messageId(),
              f.message().topic(),
              f.cause().toString());
          dropConnection();
          scheduleReconnect();
        });
    return failure.isEmpty() && !closed;
  }

  private boolean isConnected() {
    return client != null && client.isConnected();
  }

  private long timeoutMillis() {
    return settings.keepAlive().toMillis();
  }

  /** Closes the socket without a DISCONNECT, so the broker treats it as lost. */
  private void dropConnection() {
    if (client == null) {
      return;
    }
    try {
      if (client.isConnected()) {
        client.disconnectForcibly(0, 1_000, false);
      }
    } catch (MqttException e) {
      log.debug("dropping connection of {}: {}", kiosk, e.toString());
    }
  }

  private void scheduleReconnect() {
    if (closed || reconnectQueued) {
      return;
    }
    reconnectQueued = true;
    Duration delay = reconnectDelay;
    Duration doubled = reconnectDelay.multipliedBy(2);
    reconnectDelay =
        doubled.compareTo(settings.reconnectMaxDelay()) > 0
            ? settings.reconnectMaxDelay()
            : doubled;
    worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void onConnectionLost(String reason) {
    online = false;
    if (closed) {
      return;
    }
    lastProblem = "connection lost: " + reason;
    log.warn("telemetry for {} lost its connection: {}", kiosk, reason);
    scheduleReconnect();
  }

  /** A late Will of an earlier connection replaced our retained birth: say we are alive again. */
  private void onOwnStatus(byte[] payload) {
    if (closed || !isConnected()) {
      return;
    }
    try {
      KioskStatus status = codec.decodeStatus(payload);
      if (!status.online() && status.bdSeq() < bdSeq) {
        log.info(
            "stale death (bdSeq {}) retained for {}; republishing birth (bdSeq {})",
            status.bdSeq(),
            kiosk,
            bdSeq);
        publishStatus(KioskStatus.birth(kiosk, bdSeq, connectedAt, sources.appVersion()));
      }
    } catch (MalformedMessageException | MqttException e) {
      log.warn("own status of {} unreadable or not republished: {}", kiosk, e.toString());
    }
  }

  /** Whether the broker connection is up and the birth was published; for the staff screen. */
  public boolean online() {
    return online;
  }

  /**
   * Why the last connection attempt or publish failed (e.g. {@code Not authorized (135)}), empty
   * while all is well. For logs and the staff screen, not for patients.
   */
  public java.util.Optional<String> lastConnectionProblem() {
    return java.util.Optional.ofNullable(lastProblem);
  }

  private static String describe(Exception e) {
    StringBuilder text = new StringBuilder(e.toString());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append("; caused by ").append(cause);
    }
    return text.toString();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    online = false;
    try {
      worker.submit(this::shutDown).get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("telemetry for {} did not close cleanly: {}", kiosk, e.toString());
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("telemetry worker already stopped");
    }
    if (ownsWorker) {
      worker.shutdownNow();
    }
  }

  private void shutDown() {
    if (healthTask != null) {
      healthTask.cancel(false);
    }
    if (client == null) {
      return;
    }
    try {
      if (client.isConnected()) {
        publishStatus(
            KioskStatus.death(
                kiosk, bdSeq, clock.instant(), sources.appVersion(), OfflineReason.SHUTDOWN));
        client.disconnect(timeoutMillis()).waitForCompletion(timeoutMillis());
      }
    } catch (MqttException e) {
      log.warn("telemetry for {} could not say goodbye: {}", kiosk, e.toString());
    } finally {
      try {
        client.close(true);
      } catch (MqttException e) {
        log.debug("closing client of {}: {}", kiosk, e.toString());
      }
    }
  }

  /** Paho calls this on its own threads; everything is handed to the worker. */
  private final class Callback implements MqttCallback {
    @Override
    public void disconnected(MqttDisconnectResponse response) {
      String reason = String.valueOf(response);
      submit(() -> onConnectionLost(reason));
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
      log.warn("MQTT error for {}: {}", kiosk, exception.toString());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      byte[] payload = message.getPayload();
      PaymentNoticeInbox notices = paymentNotices;
      if (notices != null && PaymentTopic.isUnder(kiosk, topic)) {
        notices.receive(topic, payload);
        return;
      }
      CommandInbox inbox = commands;
      if (inbox != null && !topic.equals(kiosk.topic(Channel.STATUS).value())) {
        inbox.receive(topic, payload);
        return;
      }
      submit(() -> onOwnStatus(payload));
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}

    private void submit(Runnable task) {
      try {
        worker.execute(task);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        log.debug("telemetry worker stopped; ignoring a callback");
      }
    }
  }
}
