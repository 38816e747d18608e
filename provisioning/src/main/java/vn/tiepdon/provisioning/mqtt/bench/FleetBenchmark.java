package vn.tiepdon.provisioning.mqtt.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.HostFigures;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.OutboxFigures;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Simulates a fleet of kiosks sending real {@code health} reports (QoS 1) and measures how long
 * each takes to reach a consumer on an MQTT 5 shared subscription, as the fleet console consumes.
 *
 * <p>Kiosks share a few connections ({@code connections}): a broker's or the machine's limit on
 * open sockets is not what this measures, and a real kiosk sends over its own connection anyway.
 * The kiosks' schedules run on one small thread pool. Latency is measured in this JVM with {@link
 * System#nanoTime()}: publish call to message arrival.
 */
public final class FleetBenchmark {
  /** How long to wait for reports still on their way after the last publish. */
  private static final Duration DRAIN = Duration.ofSeconds(15);

  private final Settings settings;
  private final MessageCodec codec = new MessageCodec();
  private final String site = "bench-" + UUID.randomUUID().toString().substring(0, 8);
  private final ConcurrentHashMap<String, Long> inFlight = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Boolean> arrived = new ConcurrentHashMap<>();
  private final long[] latencies;
  private final AtomicInteger latencyCount = new AtomicInteger();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  /**
   * @param user broker user for every simulated kiosk and the consumer, blank for none
   */
  public record Settings(
      String brokerUrl,
      String user,
      String password,
      int kiosks,
      int connections,
      Duration interval,
      Duration duration) {
    public Settings {
      if (brokerUrl == null || !brokerUrl.matches("(tcp|ssl)://.+")) {
        throw new IllegalArgumentException(
            "broker must be tcp://host:port or ssl://host:port, was '" + brokerUrl + "'");
      }
      if (kiosks < 1 || kiosks > 100_000) {
        throw new IllegalArgumentException("kiosks must be 1-100000, was " + kiosks);
      }
      if (connections < 1 || connections > kiosks) {
        throw new IllegalArgumentException(
            "connections must be between 1 and the number of kiosks, was " + connections);
      }
      if (interval == null || interval.toMillis() < 10) {
        throw new IllegalArgumentException("interval must be at least 10 ms, was " + interval);
      }
      if (duration == null || duration.compareTo(interval) < 0) {
        throw new IllegalArgumentException(
            "duration must be at least one interval (" + interval + "), was " + duration);
      }
      user = user == null ? "" : user;
      password = password == null ? "" : password;
    }
  }

  private FleetBenchmark(Settings settings) {
    this.settings = settings;
    long perKiosk = settings.duration().toMillis() / settings.interval().toMillis() + 2;
    this.latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, perKiosk * settings.kiosks())];
  }

  public static FleetBenchmarkResult run(Settings settings) throws MqttException {
    return new FleetBenchmark(settings).measure();
  }

  private FleetBenchmarkResult measure() throws MqttException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(4, daemon("fleet-bench"));
    List<MqttAsyncClient> publishers = new ArrayList<>();
    MqttAsyncClient consumer = null;
    try {
      consumer = client("bench-consumer");
      consumer.setCallback(new Arrivals());
      connect(consumer);
      consumer
          .subscribe("$share/bench/tiepdon/v1/" + site + "/+/health", 1)
          .waitForCompletion(10_000);
      for (int c = 0; c < settings.connections(); c++) {
        MqttAsyncClient publisher = client("bench-kiosks-" + c);
        connect(publisher);
        publishers.add(publisher);
      }
      long start = System.nanoTime();
      List<ScheduledFuture<?>> schedules = schedule(publishers, pool);
      sleep(settings.duration());
      schedules.forEach(s -> s.cancel(false));
      long measured = System.nanoTime() - start;
      long deadline = System.nanoTime() + DRAIN.toNanos();
      while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
        sleep(Duration.ofMillis(50));
      }
      return result(measured);
    } finally {
      for (MqttAsyncClient publisher : publishers) {
        close(publisher);
      }
      if (consumer != null) {
        close(consumer);
      }
      pool.shutdownNow();
    }
  }

  private List<ScheduledFuture<?>> schedule(
      List<MqttAsyncClient> publishers, ScheduledExecutorService pool) {
    long period = settings.interval().toNanos();
    List<ScheduledFuture<?>> schedules = new ArrayList<>();
    for (int k = 0; k < settings.kiosks(); k++) {
      KioskRef kiosk = KioskRef.of(site, "k" + k);
      MqttAsyncClient publisher = publishers.get(k % publishers.size());
      AtomicLong seq = new AtomicLong();
      long offset = period * k / settings.kiosks();
      schedules.add(
          pool.scheduleAtFixedRate(
              () -> publish(publisher, kiosk, seq.incrementAndGet()),
              offset,
              period,
              TimeUnit.NANOSECONDS));
    }
    return schedules;
  }

  private void publish(MqttAsyncClient publisher, KioskRef kiosk, long seq) {
    byte[] payload = codec.encode(health(kiosk, seq));
    String key = kiosk.kiosk() + "#" + seq;
    inFlight.put(key, System.nanoTime());
    published.incrementAndGet();
    try {
      publisher.publish(
          kiosk.topic(Channel.HEALTH).value(),
          payload,
          1,
          false,
          null,
          new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {}

            @Override
            public void onFailure(IMqttToken token, Throwable problem) {
              failures.incrementAndGet();
            }
          });
    } catch (MqttException e) {
      failures.incrementAndGet();
      inFlight.remove(key);
    }
  }

  private static Health health(KioskRef kiosk, long seq) {
    Instant now = Clock.systemUTC().instant();
    return new Health(
        kiosk.site(),
        kiosk.kiosk(),
        0,
        seq,
        now,
        "bench",
        seq * 5,
        new HostFigures(
            0.12,
            0.4,
            4,
            48_000_000L,
            256_000_000L,
            900_000_000L,
            2_000_000_000L,
            12_000_000_000L,
            51.5),
        List.of(
            new DeviceStatus("scanner:main", DeviceState.OK, "OK", now),
            new DeviceStatus("printer:main", DeviceState.OK, "OK", now),
            new DeviceStatus("chip:main", DeviceState.OK, "OK", now)),
        new QueueFigures((int) seq, 3, (int) seq),
        List.of(),
        new OutboxFigures(0, 0));
  }

  private FleetBenchmarkResult result(long measuredNanos) {
    int count = latencyCount.get();
    long[] sorted = Arrays.copyOf(latencies, Math.min(count, latencies.length));
    Arrays.sort(sorted);
    long sent = published.get();
    long received = arrived.size();
    return new FleetBenchmarkResult(
        settings.kiosks(),
        settings.connections(),
        settings.interval().toMillis(),
        settings.duration().toMillis(),
        sent,
        received,
        round(received / (measuredNanos / 1e9)),
        millis(percentile(sorted, 0.50)),
        millis(percentile(sorted, 0.99)),
        millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
        Math.max(0, sent - received),
        failures.get(),
        duplicates.get());
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private MqttAsyncClient client(String name) throws MqttException {
    // Paho runs a sender, a receiver and a callback thread per client for as long as it is
    // connected, so a shared pool smaller than 3 × clients would starve; each client has its own.
    return new MqttAsyncClient(settings.brokerUrl(), site + "-" + name, new MemoryPersistence());
  }

  private void connect(MqttAsyncClient client) throws MqttException {
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    if (!settings.user().isEmpty()) {
      options.setUserName(settings.user());
      options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
    }
    client.connect(options).waitForCompletion(10_000);
  }

  private static void close(MqttAsyncClient client) {
    try {
      if (client.isConnected()) {
        client.disconnect(2_000).waitForCompletion(5_000);
      }
      client.close(true);
    } catch (MqttException e) {
      // The run is over; a client that does not close cleanly changes no number.
    }
  }

  private final class Arrivals implements MqttCallback {
    @Override
    public void messageArrived(String topic, MqttMessage message) {
      long now = System.nanoTime();
      Health health = codec.decodeHealth(message.getPayload());
      String key = health.kiosk() + "#" + health.seq();
      if (arrived.putIfAbsent(key, Boolean.TRUE) != null) {
        duplicates.incrementAndGet();
        return;
      }
      Long sentAt = inFlight.remove(key);
      if (sentAt != null) {
        int slot = latencyCount.getAndIncrement();
        if (slot < latencies.length) {
          latencies[slot] = now - sentAt;
        }
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {}

    @Override
    public void mqttErrorOccurred(MqttException exception) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger number = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    }
  }
}
