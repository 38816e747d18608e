package vn.tiepdon.provisioning.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tiepdon.provisioning.testing.TelemetryFixture.topic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.message.MessageCodec;
import vn.tiepdon.provisioning.sqlite.SqliteOutbox;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.testing.EmbeddedBroker;
import vn.tiepdon.provisioning.testing.RecordingSubscriber;
import vn.tiepdon.provisioning.testing.TelemetryFixture;

/** The broker itself goes down and comes back; nothing recorded meanwhile is lost. */
class BrokerOutageIT {
  static {
    // Generous for a shared, loaded build machine; a passing test never waits this long.
    org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(30));
  }

  @TempDir Path brokerFolder;
  @TempDir Path folder;

  @Test
  void eventsRecordedWhileTheBrokerIsDownArriveInOrderWhenItReturns() throws Exception {
    TelemetryFixture fixture = new TelemetryFixture(folder);
    MessageCodec codec = new MessageCodec();
    try (EmbeddedBroker broker = EmbeddedBroker.start(brokerFolder);
        RecordingSubscriber hospital =
            RecordingSubscriber.persistent(
                broker.url(), "hospital-his", topic("k-outage", "event"));
        var telemetry = fixture.telemetry(broker.url(), "k-outage")) {
      telemetry.start();
      await().until(telemetry::online);
      telemetry.event(KioskEvent.ticketIssued("NOI", "A-000", "normal", false));
      await().until(() -> hospital.received().size() == 1);

      broker.stop();
      await().until(() -> !telemetry.online());
      IntStream.range(1, 21)
          .forEach(
              i ->
                  telemetry.event(
                      KioskEvent.ticketIssued("NOI", String.format("A-%03d", i), "normal", true)));
      assertThat(new SqliteOutbox(fixture.database("k-outage"), OutboxLimits.DEFAULT).pending())
          .isEqualTo(20);
      broker.startNow();

      await().atMost(Duration.ofSeconds(60)).until(() -> hospital.received().size() == 21);
      List<String> numbers =
          hospital.received().stream()
              .map(r -> codec.decodeEvent(r.payload()).data())
              .map(e -> ((KioskEvent.TicketIssued) e).ticketNumber())
              .toList();
      assertThat(numbers)
          .containsExactlyElementsOf(
              IntStream.range(0, 21).mapToObj(i -> String.format("A-%03d", i)).toList());
      await()
          .until(
              () ->
                  new SqliteOutbox(fixture.database("k-outage"), OutboxLimits.DEFAULT).pending()
                      == 0);
    }
  }
}
