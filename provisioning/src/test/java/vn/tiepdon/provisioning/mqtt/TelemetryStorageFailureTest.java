package vn.tiepdon.provisioning.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.outbox.OutboxMessage;
import vn.tiepdon.provisioning.outbox.Priority;
import vn.tiepdon.provisioning.sqlite.SqliteOutbox;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.ManualHealthTicks;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/** A database that cannot be written must not break check-in; IT must still hear about it. */
class TelemetryStorageFailureTest {
  @TempDir Path folder;

  @Test
  void aLockedDatabaseDoesNotThrowAndShowsUpInHealth() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    ManualHealthTicks ticks = new ManualHealthTicks();
    String nobodyListens = "tcp://127.0.0.1:" + EmbeddedBroker.freePort();
    try (MqttTelemetry telemetry = fixture.telemetry(nobodyListens, "k-locked", ticks)) {
      telemetry.start();
      DataSource database = fixture.database("k-locked");
      try (Connection other = database.getConnection();
          Statement lock = other.createStatement()) {
        lock.execute("BEGIN EXCLUSIVE");
        assertThatCode(() -> telemetry.event(KioskEvent.staffCalled("consent")))
            .doesNotThrowAnyException();
        lock.execute("ROLLBACK");
      }
      ticks.tick();

      var outbox = new SqliteOutbox(database, OutboxLimits.DEFAULT);
      OutboxMessage report = outbox.next(10).get(0);
      assertThat(report.priority()).isEqualTo(Priority.HEALTH);
      Health health = new MessageCodec().decodeHealth(report.payload());
      assertThat(health.lastErrors())
          .extracting(e -> e.component() + "/" + e.code())
          .contains("telemetry/outbox_write_failed");
      assertThat(telemetry.online()).isFalse();
    } finally {
      ticks.shutdownNow();
    }
  }
}
