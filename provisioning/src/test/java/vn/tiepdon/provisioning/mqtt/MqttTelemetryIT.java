package vn.tiepdon.provisioning.mqtt;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tiepdon.provisioning.testing.TelemetryFixture.topic;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.fleet.Liveness;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.sqlite.ProvisioningDatabase;
import vn.tiepdon.provisioning.sqlite.SqliteBirthSequence;
import vn.tiepdon.provisioning.telemetry.DeviceState;
import vn.tiepdon.provisioning.telemetry.EventType;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.ManualHealthTicks;
import vn.tiepdon.provisioning.testing.RecordingFleet;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.RecordingSubscriber.Received;
import vn.tiepdon.provisioning.testing.Schemas;
import vn.tiepdon.provisioning.testing.TcpRelay;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.topic.KioskRef;

/** The kiosk's telemetry against a real HiveMQ CE broker, with real network faults. */
class MqttTelemetryIT {
  static {
    // Generous for a shared, loaded build machine; a passing test never waits this long.
    org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
  }

  private static final Duration RECOVERY = Duration.ofSeconds(30);

  @TempDir static Path brokerFolder;
  private static EmbeddedBroker broker;

  @TempDir Path folder;
  private TelemetryFixture fixture;
  private final MessageCodec codec = new MessageCodec();
  private final java.util.List<AutoCloseable> closeAfter = new java.util.ArrayList<>();

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start(brokerFolder);
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @BeforeEach
  void setUp() {
    fixture = new TelemetryFixture(folder);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = closeAfter.size() - 1; i >= 0; i--) {
      closeAfter.get(i).close();
    }
  }

  private <T extends AutoCloseable> T closing(T closeable) {
    closeAfter.add(closeable);
    return closeable;
  }

  private RecordingSubscriber subscriber(String kiosk) throws Exception {
    return closing(
        RecordingSubscriber.subscribe(
            broker.url(), "test-" + UUID.randomUUID(), topic(kiosk, "#")));
  }

  private List<KioskStatus> statuses(RecordingSubscriber subscriber, String kiosk) {
    return subscriber.on(topic(kiosk, "status")).stream()
        .map(r -> codec.decodeStatus(r.payload()))
        .toList();
  }

  private List<EventMessage> events(RecordingSubscriber subscriber, String kiosk) {
    return subscriber.on(topic(kiosk, "event")).stream()
        .map(r -> codec.decodeEvent(r.payload()))
        .toList();
  }

  @Test
  void retainsAnOnlineStatusWithTheBirthSequence() throws Exception {
    MqttTelemetry telemetry = closing(fixture.telemetry(broker.url(), "k-retain"));
    telemetry.start();
    await().until(telemetry::online);

    RecordingSubscriber latecomer = subscriber("k-retain");

    await().until(() -> !latecomer.on(topic("k-retain", "status")).isEmpty());
    Received retained = latecomer.on(topic("k-retain", "status")).get(0);
    assertThat(retained.retained()).isTrue();
    assertThat(Schemas.problems("status", retained.payload())).isEmpty();
    KioskStatus status = codec.decodeStatus(retained.payload());
    assertThat(status.online()).isTrue();
    assertThat(status.bdSeq()).isZero();
    assertThat(status.appVersion()).isEqualTo(TelemetryFixture.VERSION);
    assertThat(status.at()).isEqualTo(fixture.clock.instant());
    assertThat(retained.text()).contains("\"at\":\"2026-11-22T01:30:00Z\"");
  }

  @Test
  void theLastWillMarksTheKioskOfflineWhenTheConnectionDies() throws Exception {
    TcpRelay network = closing(new TcpRelay(broker.port()));
    RecordingSubscriber watcher = subscriber("k-will");
    MqttTelemetry telemetry = closing(fixture.telemetry(network.url(), "k-will"));
    telemetry.start();
    await().until(() -> statuses(watcher, "k-will").size() == 1);

    network.refuse();

    await().until(() -> statuses(watcher, "k-will").size() == 2);
    KioskStatus will = statuses(watcher, "k-will").get(1);
    assertThat(will.online()).isFalse();
    assertThat(will.reason()).isEqualTo(OfflineReason.CONNECTION_LOST);
    assertThat(will.bdSeq()).isEqualTo(statuses(watcher, "k-will").get(0).bdSeq());
    assertThat(Schemas.problems("status", watcher.on(topic("k-will", "status")).get(1).payload()))
        .isEmpty();
    RecordingSubscriber latecomer = subscriber("k-will");
    await().until(() -> !statuses(latecomer, "k-will").isEmpty());
    assertThat(statuses(latecomer, "k-will").get(0)).isEqualTo(will);

    network.admit();

    await().atMost(RECOVERY).until(() -> statuses(watcher, "k-will").size() == 3);
    KioskStatus rebirth = statuses(watcher, "k-will").get(2);
    assertThat(rebirth.online()).isTrue();
    assertThat(rebirth.bdSeq()).isGreaterThan(will.bdSeq());
  }

  @Test
  void theBirthSequenceSurvivesARestartAndACleanCloseSaysShutdown() throws Exception {
    RecordingSubscriber watcher = subscriber("k-restart");
    MqttTelemetry first = fixture.telemetry(broker.url(), "k-restart");
    first.start();
    await().until(first::online);
    first.close();
    await().until(() -> statuses(watcher, "k-restart").size() == 2);

    MqttTelemetry second = closing(fixture.telemetry(broker.url(), "k-restart"));
    second.start();

    await().until(() -> statuses(watcher, "k-restart").size() == 3);
    List<KioskStatus> seen = statuses(watcher, "k-restart");
    assertThat(seen.get(0).bdSeq()).isZero();
    assertThat(seen.get(1).reason()).isEqualTo(OfflineReason.SHUTDOWN);
    assertThat(seen.get(1).bdSeq()).isZero();
    assertThat(seen.get(2).online()).isTrue();
    assertThat(seen.get(2).bdSeq()).isEqualTo(1);
  }

  @Test
  void reportsHealthEveryIntervalWithoutWaitingForTheWallClock() throws Exception {
    ManualHealthTicks ticks = new ManualHealthTicks();
    closeAfter.add(ticks::shutdownNow);
    RecordingSubscriber watcher = subscriber("k-health");
    MqttTelemetry telemetry = closing(fixture.telemetry(broker.url(), "k-health", ticks));
    fixture.errors.record("his", "timeout");
    telemetry.start();
    await().until(telemetry::online);

    assertThat(ticks.periodMillis()).isEqualTo(TelemetryFixture.HEALTH_EVERY.toMillis());
    for (int i = 0; i < 3; i++) {
      fixture.clock.advance(TelemetryFixture.HEALTH_EVERY);
      ticks.tick();
    }

    await().until(() -> watcher.on(topic("k-health", "health")).size() == 3);
    List<Received> raw = watcher.on(topic("k-health", "health"));
    raw.forEach(r -> assertThat(Schemas.problems("health", r.payload())).isEmpty());
    List<Health> reports = raw.stream().map(r -> codec.decodeHealth(r.payload())).toList();
    assertThat(reports).extracting(Health::seq).containsExactly(1L, 2L, 3L);
    assertThat(reports).extracting(Health::uptimeSeconds).containsExactly(30L, 60L, 90L);
    Health last = reports.get(2);
    assertThat(last.at()).isEqualTo(Instant.parse("2026-11-22T01:31:30Z"));
    assertThat(last.appVersion()).isEqualTo(TelemetryFixture.VERSION);
    assertThat(last.host().temperatureCelsius()).isEqualTo(52.25);
    assertThat(last.host().diskFreeBytes()).isPositive();
    assertThat(last.devices())
        .extracting(d -> d.name() + "=" + d.state())
        .containsExactly("scanner=OK", "printer=DEGRADED");
    assertThat(last.queue().issued()).isEqualTo(42);
    assertThat(last.lastErrors())
        .extracting(e -> e.component() + "/" + e.code())
        .containsExactly("his/timeout");
  }

  @Test
  void publishesEveryEventKindWithAUniqueIdAndUtcTime() throws Exception {
    RecordingSubscriber watcher = subscriber("k-events");
    MqttTelemetry telemetry = closing(fixture.telemetry(broker.url(), "k-events"));
    telemetry.start();
    List<KioskEvent> happened =
        List.of(
            KioskEvent.ticketIssued("NOI", "A-012", "elderly", false),
            KioskEvent.paymentIntentCreated("PI-20261122-0001", 150_000),
            KioskEvent.paymentIntentPaid("PI-20261122-0001", 150_000),
            KioskEvent.deviceFault("printer", DeviceState.FAULT, "paper_out"),
            KioskEvent.staffCalled("chip_read"));
    happened.forEach(telemetry::event);

    await().until(() -> events(watcher, "k-events").size() == 5);
    watcher
        .on(topic("k-events", "event"))
        .forEach(r -> assertThat(Schemas.problems("event", r.payload())).as(r.text()).isEmpty());
    List<EventMessage> received = events(watcher, "k-events");
    assertThat(received).extracting(EventMessage::data).containsExactlyElementsOf(happened);
    assertThat(received).extracting(EventMessage::id).doesNotHaveDuplicates();
    assertThat(received.get(0).type()).isEqualTo(EventType.TICKET_ISSUED);
    assertThat(watcher.on(topic("k-events", "event")).get(0).text())
        .contains("\"at\":\"2026-11-22T01:30:00Z\"")
        .contains("\"type\":\"ticket_issued\"");
  }

  @Test
  void aRestartedPublisherDeliversWhatItCouldNotSendBefore() throws Exception {
    TcpRelay network = closing(new TcpRelay(broker.port()));
    network.refuse();
    MqttTelemetry cutOff = fixture.telemetry(network.url(), "k-pending");
    cutOff.start();
    IntStream.range(0, 5)
        .forEach(i -> cutOff.event(KioskEvent.ticketIssued("NOI", "A-00" + i, "normal", true)));
    cutOff.close();
    assertThat(
            new vn.tiepdon.provisioning.sqlite.SqliteOutbox(
                    fixture.database("k-pending"),
                    vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits.DEFAULT)
                .pending())
        .isEqualTo(5);

    RecordingSubscriber watcher = subscriber("k-pending");
    MqttTelemetry restarted = closing(fixture.telemetry(broker.url(), "k-pending"));
    restarted.start();

    await().until(() -> events(watcher, "k-pending").size() == 5);
    assertThat(events(watcher, "k-pending"))
        .extracting(e -> ((KioskEvent.TicketIssued) e.data()).ticketNumber())
        .containsExactly("A-000", "A-001", "A-002", "A-003", "A-004");
  }

  @Test
  void eventsGoBeforeHealthWhenTheBrokerComesBack() throws Exception {
    TcpRelay network = closing(new TcpRelay(broker.port()));
    network.refuse();
    ManualHealthTicks ticks = new ManualHealthTicks();
    closeAfter.add(ticks::shutdownNow);
    RecordingSubscriber watcher = subscriber("k-order");
    MqttTelemetry telemetry = closing(fixture.telemetry(network.url(), "k-order", ticks));
    telemetry.start();
    ticks.tick();
    telemetry.event(KioskEvent.staffCalled("payment"));
    ticks.tick();
    telemetry.event(KioskEvent.staffCalled("done"));
    ticks.settle();

    network.admit();

    await()
        .atMost(RECOVERY)
        .until(() -> watcher.matching(r -> !r.topic().endsWith("/status")).size() == 4);
    assertThat(watcher.matching(r -> !r.topic().endsWith("/status")))
        .extracting(r -> r.topic().substring(r.topic().lastIndexOf('/') + 1))
        .containsExactly("event", "event", "health", "health");
  }

  @Test
  void aLostAcknowledgementRepeatsTheEventWithTheSameIdAndTheFleetCountsItOnce() throws Exception {
    RecordingFleet fleet = new RecordingFleet();
    FleetListener listener =
        closing(
            MqttTelemetryFeed.listen(FleetSettings.anonymous(broker.url(), "fleet-dup"), fleet));
    TcpRelay network = closing(new TcpRelay(broker.port()));
    RecordingSubscriber watcher = subscriber("k-dup");
    MqttTelemetry telemetry = closing(fixture.telemetry(network.url(), "k-dup"));
    telemetry.start();
    await().until(telemetry::online);

    network.pauseDownstream();
    telemetry.event(KioskEvent.ticketIssued("NOI", "A-077", "normal", false));
    await().until(() -> events(watcher, "k-dup").size() == 1);
    network.cutConnections();
    network.resumeDownstream();

    await().atMost(RECOVERY).until(() -> events(watcher, "k-dup").size() == 2);
    List<Received> copies = watcher.on(topic("k-dup", "event"));
    assertThat(copies.get(1).payload()).isEqualTo(copies.get(0).payload());
    assertThat(events(watcher, "k-dup").get(1).id())
        .isEqualTo(events(watcher, "k-dup").get(0).id());
    await().until(() -> listener.duplicatesDropped() == 1);
    assertThat(fleet.events)
        .filteredOn(e -> e.ref().equals(KioskRef.of("bv-test", "k-dup")))
        .hasSize(1);
  }

  @Test
  void aStaleDeathIsIgnoredByTheFleetAndOverwrittenByTheKiosk() throws Exception {
    var database = fixture.database("k-stale");
    ProvisioningDatabase.migrate(database);
    KioskRef kiosk = KioskRef.of("bv-test", "k-stale");
    new SqliteBirthSequence(database).next(kiosk);
    new SqliteBirthSequence(database).next(kiosk);
    RecordingFleet fleet = new RecordingFleet();
    closing(MqttTelemetryFeed.listen(FleetSettings.anonymous(broker.url(), "fleet-stale"), fleet));
    MqttTelemetry telemetry = closing(fixture.telemetry(broker.url(), "k-stale"));
    telemetry.start();
    await().until(() -> fleet.statusesOf(kiosk).size() == 1);
    assertThat(fleet.statusesOf(kiosk).get(0).status().bdSeq()).isEqualTo(2);

    RecordingSubscriber oldConnection = subscriber("k-stale");
    KioskStatus lateWill =
        KioskStatus.death(
            kiosk,
            1,
            Instant.parse("2026-11-22T01:00:00Z"),
            "0.1.0-test",
            OfflineReason.CONNECTION_LOST);
    oldConnection.publish(
        topic("k-stale", "status"), new String(codec.encode(lateWill), UTF_8), true);

    await().until(() -> fleet.statusesOf(kiosk).size() == 3);
    assertThat(fleet.statusesOf(kiosk).get(1).liveness()).isEqualTo(Liveness.STALE_DEATH);
    assertThat(fleet.statusesOf(kiosk).get(2).liveness()).isEqualTo(Liveness.ONLINE);
    assertThat(fleet.statusesOf(kiosk).get(2).status().bdSeq()).isEqualTo(2);
    RecordingSubscriber latecomer = subscriber("k-stale");
    await().until(() -> !statuses(latecomer, "k-stale").isEmpty());
    assertThat(statuses(latecomer, "k-stale").get(0).online()).isTrue();
  }

  @Test
  void theFleetRejectsGarbageAndKiosksSpeakingForOthers() throws Exception {
    RecordingFleet fleet = new RecordingFleet();
    FleetListener listener =
        closing(
            MqttTelemetryFeed.listen(FleetSettings.anonymous(broker.url(), "fleet-rej"), fleet));
    RecordingSubscriber intruder = subscriber("k-rej");
    intruder.publish(topic("k-rej", "event"), "{not json", false);
    EventMessage forged =
        EventMessage.of(
            UUID.randomUUID(),
            KioskRef.of("bv-test", "k-other"),
            Instant.EPOCH,
            KioskEvent.staffCalled("x"));
    intruder.publish(topic("k-rej", "event"), new String(codec.encode(forged), UTF_8), false);

    await().until(() -> fleet.rejected.size() == 2);
    assertThat(fleet.rejected.get(0)).contains("tiepdon/v1/bv-test/k-rej/event", "is not JSON");
    assertThat(fleet.rejected.get(1)).contains("names kiosk bv-test/k-other");
    assertThat(listener.rejected()).isEqualTo(2);
    assertThat(fleet.events).isEmpty();
  }
}
