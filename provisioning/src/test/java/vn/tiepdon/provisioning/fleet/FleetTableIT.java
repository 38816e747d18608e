package vn.tiepdon.provisioning.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.FleetSettings;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.mqtt.MqttTelemetryFeed;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.ManualHealthTicks;
import vn.tiepdon.provisioning.testing.TcpRelay;
import vn.tiepdon.provisioning.testing.TelemetryFixture;
import vn.tiepdon.provisioning.topic.KioskRef;

/** The fleet table fed by real kiosks' telemetry through an embedded HiveMQ CE broker. */
class FleetTableIT {
  static {
    org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void twoKiosksAppearWithTheirHealthAndOneGoesOfflineThroughItsWill() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    KioskRef first = KioskRef.of(TelemetryFixture.SITE, "k-one");
    KioskRef second = KioskRef.of(TelemetryFixture.SITE, "k-two");
    FleetTable table = new FleetTable(fixture.clock, AlertRules.DEFAULT);
    ManualHealthTicks ticks = new ManualHealthTicks();
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        TcpRelay network = new TcpRelay(broker.port());
        FleetListener fleet =
            MqttTelemetryFeed.listen(
                new FleetSettings(broker.url(), "fleet-table-it", "", "", "", "fleet"), table);
        MqttTelemetry one = fixture.telemetry(broker.url(), "k-one", ticks);
        MqttTelemetry two = fixture.telemetry(network.url(), "k-two")) {
      one.start();
      two.start();
      await().until(() -> table.size() == 2);
      await().until(() -> table.rows().stream().allMatch(KioskRow::online));

      ticks.tick();
      one.event(KioskEvent.ticketIssued("NOI", "A-001", "normal", false));
      await().until(() -> table.row(first).orElseThrow().events() == 1);
      await().until(() -> !table.row(first).orElseThrow().devices().isEmpty());
      KioskRow healthy = table.row(first).orElseThrow();
      assertThat(healthy.appVersion()).isEqualTo(TelemetryFixture.VERSION);
      assertThat(healthy.paperLow()).isTrue();
      assertThat(healthy.alerts()).containsExactly(new Alert(AlertKind.PAPER_LOW, "printer"));

      network.refuse();

      await().until(() -> !table.row(second).orElseThrow().online());
      KioskRow lost = table.row(second).orElseThrow();
      assertThat(lost.offlineReason()).isEqualTo(OfflineReason.CONNECTION_LOST);
      assertThat(table.row(first).orElseThrow().online()).isTrue();

      fixture.clock.advance(AlertRules.DEFAULT.offlineAfter().plusSeconds(1));
      assertThat(table.row(second).orElseThrow().alerts()).contains(Alert.of(AlertKind.OFFLINE));
    } finally {
      ticks.shutdownNow();
    }
  }
}
