package vn.tiepdon.provisioning.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.sqlite.SqliteOutbox;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/**
 * The broker process dies while a kiosk is sending events: the kiosk reconnects with back-off and
 * its outbox delivers every event, in order, to a hospital consumer's persistent session.
 */
class MosquittoOutageIT {
  private static final String KIOSK = "k-stream";
  private static final String USER = TelemetryFixture.SITE + "/" + KIOSK;
  private static final int EVENTS = 60;

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void killingTheBrokerMidStreamLosesNothingAndKeepsTheOrder() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    MessageCodec codec = new MessageCodec();
    try (Mosquitto broker =
            Mosquitto.start(brokerFolder, Map.of(USER, "pw-kiosk", "fleet", "pw-fleet"));
        MqttPeer hospital = MqttPeer.persistent(broker.url(), "hospital-his", "fleet", "pw-fleet");
        MqttTelemetry telemetry =
            new MqttTelemetry(
                fixture.settings(broker.url(), KIOSK, USER, "pw-kiosk", ""),
                fixture.database(KIOSK),
                fixture.clock,
                fixture.sources())) {
      hospital.subscribe(TelemetryFixture.topic(KIOSK, "event"));
      telemetry.start();
      await().atMost(Duration.ofSeconds(30)).until(telemetry::online);

      List<String> sent = new ArrayList<>();
      for (int i = 0; i < EVENTS; i++) {
        if (i == 20) {
          broker.stop();
        }
        if (i == 40) {
          await().atMost(Duration.ofSeconds(30)).until(() -> !telemetry.online());
          broker.startAgain();
        }
        String number = String.format("A-%03d", i);
        telemetry.event(KioskEvent.ticketIssued("NOI", number, "normal", false));
        sent.add(number);
        Thread.sleep(10);
      }

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> distinctIds(hospital, codec).size() == EVENTS);
      // At least once: a message in flight when the broker died may come twice, with its id.
      List<String> firstArrivals =
          distinctEvents(hospital, codec).stream()
              .map(e -> ((KioskEvent.TicketIssued) e.data()).ticketNumber())
              .toList();
      assertThat(firstArrivals).containsExactlyElementsOf(sent);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> new SqliteOutbox(fixture.database(KIOSK), OutboxLimits.DEFAULT).pending() == 0);
      assertThat(telemetry.online()).isTrue();
    }
  }

  private static LinkedHashSet<UUID> distinctIds(MqttPeer hospital, MessageCodec codec) {
    LinkedHashSet<UUID> ids = new LinkedHashSet<>();
    distinctEvents(hospital, codec).forEach(e -> ids.add(e.id()));
    return ids;
  }

  private static List<EventMessage> distinctEvents(MqttPeer hospital, MessageCodec codec) {
    LinkedHashSet<UUID> seen = new LinkedHashSet<>();
    List<EventMessage> events = new ArrayList<>();
    for (MqttPeer.Received received : hospital.received()) {
      EventMessage event = codec.decodeEvent(received.payload());
      if (seen.add(event.id())) {
        events.add(event);
      }
    }
    return events;
  }
}
