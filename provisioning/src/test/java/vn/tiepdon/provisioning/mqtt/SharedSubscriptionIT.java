package vn.tiepdon.provisioning.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tiepdon.provisioning.testing.TelemetryFixture.topic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.fleet.FleetListener;
import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingFleet;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/**
 * MQTT 5 shared subscriptions for hospital consumers, on a broker of its own: in the long
 * MqttTelemetryIT run on one broker, HiveMQ CE (embedded) with Paho 1.2.5 intermittently stopped
 * delivering to the group while a direct subscriber got everything (see the provisioning README).
 */
class SharedSubscriptionIT {
  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void aGroupSplitsEventsBetweenConsumersButBothSeeStatus() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    MessageCodec codec = new MessageCodec();
    RecordingFleet a = new RecordingFleet();
    RecordingFleet b = new RecordingFleet();
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        FleetListener first =
            MqttTelemetryFeed.listen(
                new FleetSettings(broker.url(), "fleet-a", "", "", "", "fleet"), a);
        FleetListener second =
            MqttTelemetryFeed.listen(
                new FleetSettings(broker.url(), "fleet-b", "", "", "", "fleet"), b);
        RecordingSubscriber direct =
            RecordingSubscriber.subscribe(broker.url(), "direct", topic("k-shared", "event"));
        MqttTelemetry telemetry = fixture.telemetry(broker.url(), "k-shared")) {
      telemetry.start();
      IntStream.range(0, 20).forEach(i -> telemetry.event(KioskEvent.staffCalled("s" + i)));

      await().until(() -> direct.received().size() == 20);
      await()
          .untilAsserted(
              () ->
                  assertThat(a.events.size() + b.events.size())
                      .as("events at a (%s) + b (%s)", a.events.size(), b.events.size())
                      .isEqualTo(20));
      // Each event went to exactly one member of the group: 20 deliveries, 20 distinct ids.
      assertThat(
              Stream.concat(a.events.stream(), b.events.stream()).map(EventMessage::id).distinct())
          .hasSize(20);
      await().until(() -> !a.statuses.isEmpty() && !b.statuses.isEmpty());
      assertThat(codec.decodeEvent(direct.received().get(0).payload()).data())
          .isEqualTo(KioskEvent.staffCalled("s0"));
    }
  }
}
