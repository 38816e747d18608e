package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.citizenid.chip.CscaTrustStore;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.PaymentTopic;
import vn.tiepdon.ui.cashier.DeskAssembly;
import vn.tiepdon.ui.config.ConfigLoader;
import vn.tiepdon.ui.config.DeskBrokerSettings;
import vn.tiepdon.ui.config.DeskConfig;
import vn.tiepdon.ui.config.DeskSettings;
import vn.tiepdon.ui.config.TiepdonConfig;
import vn.tiepdon.ui.demo.DemoBroker;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.DeclaredPriority;
import vn.tiepdon.ui.flow.FlowState;

/**
 * The hospital-wide payment path end to end: a real kiosk (composition root, SQLite file, MQTT
 * telemetry) and a real cashier desk (composition root, its own SQLite ledger) on an embedded
 * HiveMQ CE broker. The kiosk's intent shows up in the desk's ledger; a transfer matched at the
 * desk turns the kiosk's screen to "paid"; outages on either side only delay it.
 */
class HospitalWidePaymentTest {
  /** A made-up citizen. */
  private static final String QR =
      "079185001234|215123456|Nguyễn Thị Ngọc Ánh|15031985|Nữ|"
          + "12 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh|20042021";

  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
  }

  @TempDir Path home;
  private final Clock clock = Clock.systemUTC();
  private final TiepdonConfig demo = QrOnlyDemoKiosk.demo();
  private final KioskRef kioskRef = KioskRef.of(demo.site().id(), demo.kiosk().id());
  private DemoBroker broker;
  private int transferIds;

  @BeforeEach
  void startBroker() {
    broker = DemoBroker.start(home.resolve("broker"));
  }

  @AfterEach
  void stopBroker() {
    broker.close();
  }

  private KioskAssembly kiosk(String brokerUrl) {
    TelemetrySettings telemetry =
        new TelemetrySettings(
            brokerUrl,
            demo.site().id(),
            demo.kiosk().id(),
            null,
            null,
            null,
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            null);
    Path kioskHome = home.resolve("kiosk");
    return KioskAssembly.start(
        QrOnlyDemoKiosk.config(kioskHome, telemetry, null, null),
        kioskHome,
        CscaTrustStore.of(List.of()),
        clock);
  }

  private DeskAssembly desk() {
    DeskConfig sample = new ConfigLoader().loadDesk(Path.of("../config/desk.yaml"));
    DeskConfig config =
        new DeskConfig(
            demo.site(),
            new DeskSettings(
                "thu-ngan-01",
                home.resolve("desk/desk.db").toString(),
                null,
                null,
                null,
                null,
                null,
                home.resolve("desk/reports").toString(),
                null),
            sample.payment(),
            new DeskBrokerSettings(broker.url(), "desk-test", null, null, null, null, null));
    DeskAssembly desk = DeskAssembly.start(config, home, clock);
    await().until(() -> desk.kioskLink().orElseThrow().connected());
    return desk;
  }

  /** Walks a made-up patient to the payment screen and returns what it shows. */
  private static FlowState.Payment showPayment(CheckInFlow flow) {
    flow.touch();
    flow.chooseLanguage(CheckInFlow.VIETNAMESE);
    flow.agree();
    flow.qrScanned(QR);
    await().until(() -> flow.state() instanceof FlowState.DeclarePriority);
    flow.declare(DeclaredPriority.NONE);
    flow.chooseService("NOI");
    flow.confirm();
    await().until(() -> flow.state() instanceof FlowState.TicketShown);
    flow.next();
    assertThat(flow.state()).isInstanceOf(FlowState.Payment.class);
    return (FlowState.Payment) flow.state();
  }

  private BankTransfer transferFor(String reference, long dong) {
    return new BankTransfer(
        TransferSource.CASSO,
        "FT2633" + (++transferIds),
        clock.instant(),
        Money.ofDong(dong),
        "MBVCB.8865.019246." + reference.toLowerCase() + " vien phi",
        "0011001234567");
  }

  private PaymentStatus kioskStoreStatus(String reference) {
    return new SqlitePaymentIntentStore(PaymentDatabase.open(home.resolve("kiosk/data/kiosk.db")))
        .find(new ReferenceCode(reference))
        .orElseThrow()
        .status();
  }

  @Test
  void aTransferMatchedAtTheDeskTurnsTheKiosksScreenToPaid() throws Exception {
    try (DeskAssembly desk = desk();
        WireTap wire = WireTap.on(broker.url(), "tiepdon/v1/+/+/#");
        KioskAssembly kiosk = kiosk(broker.url())) {
      FlowState.Payment shown = showPayment(kiosk.flow());
      String reference = shown.request().reference();

      // Live: the desk's ledger (and so its table) has the kiosk's intent.
      await().until(() -> desk.desk().intent(new ReferenceCode(reference)).isPresent());
      PaymentIntent atDesk = desk.desk().intent(new ReferenceCode(reference)).orElseThrow();
      assertThat(atDesk.amount()).isEqualTo(Money.ofDong(150_000));
      assertThat(atDesk.status()).isEqualTo(PaymentStatus.OPEN);
      assertThat(atDesk.expiresAt()).isEqualTo(shown.request().expiresAt());
      assertThat(desk.snapshot(desk.today()).intents()).contains(atDesk);

      // At least once: the same event again, and the same intent under a fresh event id, change
      // nothing; nor do garbage and an unknown reference.
      byte[] event =
          wire.first(
              kioskRef.topic(vn.tiepdon.provisioning.topic.Channel.EVENT).value(),
              "payment_intent_created");
      wire.publish(
          kioskRef.topic(vn.tiepdon.provisioning.topic.Channel.EVENT).value(), event, false);
      EventMessage original = new MessageCodec().decodeEvent(event);
      wire.publish(
          kioskRef.topic(vn.tiepdon.provisioning.topic.Channel.EVENT).value(),
          new MessageCodec()
              .encode(
                  new EventMessage(
                      UUID.randomUUID(),
                      original.site(),
                      original.kiosk(),
                      original.at(),
                      original.type(),
                      original.data())),
          false);
      wire.publish(
          kioskRef.topic(vn.tiepdon.provisioning.topic.Channel.EVENT).value(),
          "{\"type\":\"payment_intent_created\"}".getBytes(StandardCharsets.UTF_8),
          false);
      PaymentDesk.Ingested unknown =
          desk.desk()
              .ingest(
                  transferFor(
                      ReferenceCode.generate(new java.util.SplittableRandom(7)).value(), 150_000));
      assertThat(unknown.outcome()).isEqualTo(Outcome.UNMATCHED_TRANSFER);

      java.util.concurrent.atomic.AtomicLong paidAt = new java.util.concurrent.atomic.AtomicLong();
      kiosk
          .flow()
          .subscribe(
              snapshot -> {
                if (snapshot.state() instanceof FlowState.Paid) {
                  paidAt.compareAndSet(0, System.nanoTime());
                }
              });
      long bookedAt = System.nanoTime();
      PaymentDesk.Ingested paid = desk.desk().ingest(transferFor(reference, 150_000));
      assertThat(paid.outcome()).isEqualTo(Outcome.MATCHED);

      await().until(() -> kiosk.flow().state() instanceof FlowState.Paid);
      // Reported, not asserted: the time from the desk's booking to the kiosk's "paid" screen.
      System.out.printf(
          "desk booking -> kiosk paid screen: %.1f ms%n", (paidAt.get() - bookedAt) / 1e6);
      assertThat(((FlowState.Paid) kiosk.flow().state()).amountDong()).isEqualTo(150_000);
      assertThat(kioskStoreStatus(reference)).isEqualTo(PaymentStatus.PAID);
      assertThat(desk.snapshot(desk.today()).intents())
          .filteredOn(i -> i.reference().value().equals(reference))
          .singleElement()
          .satisfies(i -> assertThat(i.status()).isEqualTo(PaymentStatus.PAID));

      // The kiosk acknowledged with payment_intent_paid, and the desk cleared the retained status.
      wire.first(
          kioskRef.topic(vn.tiepdon.provisioning.topic.Channel.EVENT).value(),
          "payment_intent_paid");
      String statusTopic = new PaymentTopic(kioskRef, reference).value();
      await().until(() -> wire.on(statusTopic).stream().anyMatch(p -> p.length == 0));
      try (WireTap late = WireTap.on(broker.url(), PaymentTopic.filter(kioskRef))) {
        // A retained status would arrive on subscribing, before anything published after it.
        String sentinel = new PaymentTopic(kioskRef, "SENTINEL").value();
        late.publish(sentinel, new byte[] {'x'}, false);
        await().until(() -> !late.on(sentinel).isEmpty());
        assertThat(late.on(statusTopic)).isEmpty();
      }
      assertThat(new String(String.join("", wire.texts())))
          .doesNotContain("079185001234")
          .doesNotContain("Nguyễn");
    }
  }

  @Test
  void aDeskAndAKioskThatWereAwayCatchUp() throws Exception {
    // The desk connects once, so the broker keeps its session, then goes away.
    desk().close();
    try (SeverableLink cable = new SeverableLink(port(broker.url()));
        KioskAssembly kiosk = kiosk(cable.url())) {
      cable.sever();
      FlowState.Payment shown = showPayment(kiosk.flow()); // the event waits in the kiosk's outbox
      String reference = shown.request().reference();
      cable.mend(); // ...and goes out; the broker keeps it in the away desk's session

      try (DeskAssembly desk = desk()) {
        await().until(() -> desk.desk().intent(new ReferenceCode(reference)).isPresent());

        cable.sever(); // the kiosk is offline when the money arrives
        assertThat(desk.desk().ingest(transferFor(reference, 200_000)).outcome())
            .isEqualTo(Outcome.OVERPAID);
        assertThat(kiosk.flow().state()).isInstanceOf(FlowState.Payment.class);

        cable.mend(); // it learns on reconnecting: the status was retained
        await().until(() -> kiosk.flow().state() instanceof FlowState.Paid);
        assertThat(kioskStoreStatus(reference)).isEqualTo(PaymentStatus.OVERPAID);
      }
    }
  }

  @Test
  void anIntentTheDesksDatabaseRefusedComesAgainFromTheBroker() throws Exception {
    try (DeskAssembly desk = desk();
        KioskAssembly kiosk = kiosk(broker.url());
        java.sql.Connection lock =
            java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + home.resolve("desk/desk.db").toAbsolutePath())) {
      // Another program holds the desk's database longer than its busy timeout.
      lock.createStatement().execute("BEGIN EXCLUSIVE");
      String reference = showPayment(kiosk.flow()).request().reference();

      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> desk.kioskLink().orElseThrow().notTaken() >= 1);
      assertThat(desk.desk().intent(new ReferenceCode(reference))).isEmpty();
      lock.createStatement().execute("ROLLBACK");

      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> desk.desk().intent(new ReferenceCode(reference)).isPresent());
    }
  }

  private static int port(String url) {
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
  }

  /** A plain MQTT client that records what it hears and publishes as anyone could. */
  static final class WireTap implements AutoCloseable {
    private final MqttAsyncClient client;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    private record Heard(String topic, byte[] payload) {}

    private WireTap(String url, String filter) throws MqttException {
      client = new MqttAsyncClient(url, "wire-" + UUID.randomUUID(), new MemoryPersistence());
      client.setCallback(
          new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
              heard.add(new Heard(topic, message.getPayload()));
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
          });
      client.connect(new MqttConnectionOptions()).waitForCompletion(10_000);
      client.subscribe(filter, 1).waitForCompletion(10_000);
    }

    static WireTap on(String url, String filter) throws MqttException {
      return new WireTap(url, filter);
    }

    List<byte[]> on(String topic) {
      return heard.stream().filter(h -> h.topic().equals(topic)).map(Heard::payload).toList();
    }

    List<String> texts() {
      return heard.stream().map(h -> new String(h.payload(), StandardCharsets.UTF_8)).toList();
    }

    /** The first message on {@code topic} whose text contains {@code marker}. */
    byte[] first(String topic, String marker) {
      await()
          .until(
              () ->
                  on(topic).stream()
                      .anyMatch(p -> new String(p, StandardCharsets.UTF_8).contains(marker)));
      return on(topic).stream()
          .filter(p -> new String(p, StandardCharsets.UTF_8).contains(marker))
          .findFirst()
          .orElseThrow();
    }

    void publish(String topic, byte[] payload, boolean retained) throws MqttException {
      client.publish(topic, payload, 1, retained).waitForCompletion(10_000);
    }

    @Override
    public void close() throws MqttException {
      client.disconnect().waitForCompletion(10_000);
      client.close(true);
    }
  }
}
