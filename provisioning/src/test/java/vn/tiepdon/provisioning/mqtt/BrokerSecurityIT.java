package vn.tiepdon.provisioning.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.tiepdon.provisioning.testing.TelemetryFixture.topic;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.sqlite.SqliteOutbox;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/** Per-kiosk credentials against a broker that checks them. */
class BrokerSecurityIT {
  static {
    // Generous for a shared, loaded build machine; a passing test never waits this long.
    org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
  }

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void aWrongPasswordIsRefusedAndKeepsEventsTheRightOneDeliversThem() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    try (EmbeddedBroker broker =
        EmbeddedBroker.startWithUser(brokerFolder, "kiosk-k01", "s3cret")) {
      TelemetrySettings wrong = fixture.settings(broker.url(), "k01", "kiosk-k01", "guess", "");
      try (MqttTelemetry refused =
          new MqttTelemetry(wrong, fixture.database("k01"), fixture.clock, fixture.sources())) {
        refused.start();
        refused.event(KioskEvent.staffCalled("consent"));
        await().until(() -> refused.lastConnectionProblem().isPresent());
        assertThat(refused.lastConnectionProblem().orElseThrow()).contains("135");
        assertThat(refused.online()).isFalse();
      }
      assertThat(new SqliteOutbox(fixture.database("k01"), OutboxLimits.DEFAULT).pending())
          .isEqualTo(1);

      assertThatThrownBy(
              () -> RecordingSubscriber.subscribe(broker.url(), "anonymous", topic("k01", "#")))
          .hasMessageContaining("Not authorized");
    }
  }

  @Test
  void theRightPasswordConnectsAndDeliversWhatWaited() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    try (EmbeddedBroker broker =
        EmbeddedBroker.startWithUser(brokerFolder, "kiosk-k02", "s3cret")) {
      TelemetrySettings right = fixture.settings(broker.url(), "k02", "kiosk-k02", "s3cret", "");
      try (MqttTelemetry telemetry =
          new MqttTelemetry(right, fixture.database("k02"), fixture.clock, fixture.sources())) {
        telemetry.event(KioskEvent.staffCalled("consent"));
        telemetry.start();
        await().until(telemetry::online);
        await()
            .until(
                () ->
                    new SqliteOutbox(fixture.database("k02"), OutboxLimits.DEFAULT).pending() == 0);
        assertThat(telemetry.lastConnectionProblem()).isEmpty();
      }
    }
  }
}
