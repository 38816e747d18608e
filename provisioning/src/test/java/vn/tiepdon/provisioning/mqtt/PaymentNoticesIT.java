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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.message.PaymentNotice;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.Schemas;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.PaymentTopic;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * The hospital-wide payment path over a real embedded HiveMQ CE broker: a kiosk's intent event
 * reaches the cashier desk's link (shared subscription, persistent session), the desk's retained
 * status reaches the kiosk (also one that was offline), and forged, malformed or repeated messages
 * are dropped without stopping either side.
 */
class PaymentNoticesIT {
  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  private static final Instant CREATED = Instant.parse("2026-11-22T01:30:00Z");
  private static final SiteId SITE = new SiteId(TelemetryFixture.SITE);

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  private final MessageCodec codec = new MessageCodec();
  private final List<EventMessage> deskEvents = new CopyOnWriteArrayList<>();
  private final List<String> deskRejected = new CopyOnWriteArrayList<>();
  private final List<PaymentNotice> kioskNotices = new CopyOnWriteArrayList<>();

  private MqttCashierLink desk(String url, String clientId) {
    return MqttCashierLink.start(
        new FleetSettings(url, clientId, "", "", "", "cashier"),
        SITE,
        Duration.ofHours(24),
        new MqttCashierLink.Listener() {
          @Override
          public void onEvent(EventMessage event) {
            deskEvents.add(event);
          }

          @Override
          public void onRejected(String topic, String problem) {
            deskRejected.add(problem);
          }
        });
  }

  private static KioskEvent created(String ref) {
    return KioskEvent.paymentIntentCreated(
        ref, 150_000, CREATED, CREATED.plus(Duration.ofMinutes(15)), "NOI-A-012");
  }

  @Test
  void anIntentReachesTheDeskAndItsPaidStatusReachesTheKioskThenIsCleared() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    KioskRef k01 = KioskRef.of(TelemetryFixture.SITE, "k01");
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        RecordingSubscriber wire =
            RecordingSubscriber.subscribe(broker.url(), "wire", "tiepdon/v1/#");
        MqttCashierLink desk = desk(broker.url(), "desk-1");
        MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k01");
        MqttPaymentNotices notices = MqttPaymentNotices.attach(telemetry, k01, kioskNotices::add)) {
      await().until(desk::connected);
      assertThat(desk.eventFilter()).isEqualTo("$share/cashier/tiepdon/v1/bv-test/+/event");
      telemetry.start();
      telemetry.event(created("TD7K3M9QX"));

      await().until(() -> !deskEvents.isEmpty());
      EventMessage event = deskEvents.get(0);
      assertThat(event.ref()).isEqualTo(k01);
      assertThat(event.data())
          .isEqualTo(
              new KioskEvent.PaymentIntentCreated(
                  "TD7K3M9QX",
                  150_000,
                  CREATED,
                  CREATED.plus(Duration.ofMinutes(15)),
                  "NOI-A-012"));
      assertThat(Schemas.problems("event", wire.on(topic("k01", "event")).get(0).payload()))
          .isEmpty();

      PaymentNotice paid =
          PaymentNotice.of(k01, "TD7K3M9QX", 150_000, 150_000, CREATED.plusSeconds(90));
      assertThat(desk.publish(paid)).isTrue();
      await().until(() -> !kioskNotices.isEmpty());
      assertThat(kioskNotices).containsExactly(paid);
      RecordingSubscriber.Received onWire = wire.on(paid.topic().value()).get(0);
      assertThat(Schemas.problems("payment-status", onWire.payload())).isEmpty();
      assertThat(onWire.text()).doesNotContain("NOI-A-012");

      assertThat(desk.clear(paid.topic())).isTrue();
      // Another intent's status stays retained and shows that a late subscriber gets retained
      // statuses; the cleared one is gone.
      assertThat(desk.publish(PaymentNotice.of(k01, "TDOTHER22", 90_000, 50_000, CREATED)))
          .isTrue();
      try (RecordingSubscriber late =
          RecordingSubscriber.subscribe(broker.url(), "late", PaymentTopic.filter(k01))) {
        await().until(() -> !late.received().isEmpty());
        assertThat(late.received())
            .extracting(RecordingSubscriber.Received::topic)
            .containsOnly(new PaymentTopic(k01, "TDOTHER22").value());
        assertThat(late.received()).allMatch(RecordingSubscriber.Received::retained);
      }
    }
  }

  @Test
  void aKioskThatWasOfflineWhenPaidLearnsItWhenItConnects() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    KioskRef k02 = KioskRef.of(TelemetryFixture.SITE, "k02");
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        MqttCashierLink desk = desk(broker.url(), "desk-1")) {
      await().until(desk::connected);
      PaymentNotice paid = PaymentNotice.of(k02, "TDAAAA222", 150_000, 200_000, CREATED);
      assertThat(desk.publish(paid)).isTrue();

      try (MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k02");
          MqttPaymentNotices notices =
              MqttPaymentNotices.attach(telemetry, k02, kioskNotices::add)) {
        telemetry.start();
        await().until(() -> !kioskNotices.isEmpty());
      }
      assertThat(kioskNotices).containsExactly(paid);
      assertThat(kioskNotices.get(0).status()).isEqualTo(PaymentNotice.Settlement.OVERPAID);
    }
  }

  @Test
  void eventsPublishedWhileTheDeskIsAwayWaitForItAtTheBroker() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder)) {
      try (MqttCashierLink desk = desk(broker.url(), "desk-away")) {
        await().until(desk::connected); // the session and its subscription now exist
      }
      try (RecordingSubscriber direct =
              RecordingSubscriber.subscribe(broker.url(), "direct", topic("k03", "event"));
          MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k03")) {
        telemetry.start();
        telemetry.event(created("TDAWAY333"));
        await().until(() -> !direct.received().isEmpty()); // the broker has it
      }
      assertThat(deskEvents).isEmpty();
      try (MqttCashierLink desk = desk(broker.url(), "desk-away")) {
        await().until(() -> !deskEvents.isEmpty());
        assertThat(((KioskEvent.PaymentIntentCreated) deskEvents.get(0).data()).intentRef())
            .isEqualTo("TDAWAY333");
      }
    }
  }

  @Test
  void anEventTheDeskCouldNotTakeIsDeliveredAgain() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    java.util.concurrent.atomic.AtomicInteger attempts =
        new java.util.concurrent.atomic.AtomicInteger();
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        MqttCashierLink desk =
            MqttCashierLink.start(
                new FleetSettings(broker.url(), "desk-db-down", "", "", "", "cashier"),
                SITE,
                Duration.ofHours(24),
                event -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("database is locked (made up for the test)");
                  }
                  deskEvents.add(event);
                });
        MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k06")) {
      await().until(desk::connected);
      telemetry.start();
      telemetry.event(created("TDRETRY66"));

      await().until(() -> !deskEvents.isEmpty());
      assertThat(attempts.get()).isEqualTo(2);
      assertThat(deskEvents).hasSize(1);
      assertThat(((KioskEvent.PaymentIntentCreated) deskEvents.get(0).data()).intentRef())
          .isEqualTo("TDRETRY66");
      await().until(desk::connected);
    }
  }

  @Test
  void forgedMalformedAndRepeatedMessagesAreDroppedAndBothSidesGoOn() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    KioskRef k04 = KioskRef.of(TelemetryFixture.SITE, "k04");
    KioskRef k05 = KioskRef.of(TelemetryFixture.SITE, "k05");
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        RecordingSubscriber stranger =
            RecordingSubscriber.subscribe(broker.url(), "stranger", "nothing/here");
        MqttCashierLink desk = desk(broker.url(), "desk-1");
        MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k04");
        MqttPaymentNotices notices = MqttPaymentNotices.attach(telemetry, k04, kioskNotices::add)) {
      await().until(desk::connected);
      telemetry.start();
      await().until(telemetry::online);

      // At the kiosk: a status naming another kiosk in its body, another intent than its topic,
      // garbage, and an inconsistent status are all dropped; the good one after them is taken.
      String topic = new PaymentTopic(k04, "TDBBBB444").value();
      stranger.publish(
          topic,
          new String(codec.encode(PaymentNotice.of(k05, "TDBBBB444", 1000, 1000, CREATED)), UTF_8),
          false);
      stranger.publish(
          topic,
          new String(codec.encode(PaymentNotice.of(k04, "TDCCCC555", 1000, 1000, CREATED)), UTF_8),
          false);
      stranger.publish(topic, "{\"site\":\"bv-test\"", false);
      stranger.publish(
          topic,
          "{\"site\":\"bv-test\",\"kiosk\":\"k04\",\"intentRef\":\"TDBBBB444\",\"status\":\"PAID\","
              + "\"amountVnd\":1000,\"receivedVnd\":10,\"at\":\"2026-11-22T01:30:00Z\"}",
          false);
      PaymentNotice good = PaymentNotice.of(k04, "TDBBBB444", 1000, 1000, CREATED);
      stranger.publish(topic, new String(codec.encode(good), UTF_8), false);
      await().until(() -> !kioskNotices.isEmpty());
      assertThat(kioskNotices).containsExactly(good);

      // At the desk: garbage, a body speaking for another kiosk, and a repeat of one event id.
      String eventTopic = topic("k04", "event");
      stranger.publish(eventTopic, "not json", false);
      EventMessage forged = EventMessage.of(UUID.randomUUID(), k05, CREATED, created("TDDDDD666"));
      stranger.publish(eventTopic, new String(codec.encode(forged), UTF_8), false);
      stranger.publish(
          eventTopic,
          "{\"id\":\""
              + UUID.randomUUID()
              + "\",\"site\":\"bv-test\",\"kiosk\":\"k04\","
              + "\"at\":\"2026-11-22T01:30:00Z\",\"type\":\"payment_intent_created\","
              + "\"data\":{\"intentRef\":\"TDEEEE777\",\"amountVnd\":1000,"
              + "\"expiresAt\":\"yesterday\"}}",
          false);
      EventMessage twice = EventMessage.of(UUID.randomUUID(), k04, CREATED, created("TDFFFF888"));
      stranger.publish(eventTopic, new String(codec.encode(twice), UTF_8), false);
      stranger.publish(eventTopic, new String(codec.encode(twice), UTF_8), false);
      EventMessage last = EventMessage.of(UUID.randomUUID(), k04, CREATED, created("TDGGGG999"));
      stranger.publish(eventTopic, new String(codec.encode(last), UTF_8), false);

      await().until(() -> deskEvents.contains(last));
      assertThat(deskEvents).containsExactly(twice, last);
      assertThat(desk.duplicatesDropped()).isEqualTo(1);
      assertThat(deskRejected).hasSize(3);
      assertThat(deskRejected.get(0)).contains("event message is not JSON");
      assertThat(deskRejected.get(1)).contains("names kiosk bv-test/k05");
      assertThat(deskRejected.get(2)).contains("expiresAt");
      assertThat(telemetry.online()).isTrue();
      assertThat(desk.connected()).isTrue();
    }
  }

  @Test
  void aDeskWithoutItsBrokerSaysItCouldNotPublish() throws Exception {
    int port = EmbeddedBroker.freePort();
    try (MqttCashierLink desk = desk("tcp://127.0.0.1:" + port, "desk-alone")) {
      assertThat(desk.connected()).isFalse();
      assertThat(
              desk.publish(
                  PaymentNotice.of(KioskRef.of("bv-test", "k01"), "TDHHHH111", 1, 1, CREATED)))
          .isFalse();
    }
  }
}
