package vn.tiepdon.provisioning.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.outbox.Outbox;
import vn.tiepdon.provisioning.outbox.OutboxMessage;
import vn.tiepdon.provisioning.outbox.Priority;
import vn.tiepdon.provisioning.topic.Channel;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.provisioning.topic.KioskTopic;

class SqliteOutboxTest {
  private static final KioskRef KIOSK = KioskRef.of("bv-a", "k01");
  private static final KioskTopic EVENT = KIOSK.topic(Channel.EVENT);
  private static final KioskTopic HEALTH = KIOSK.topic(Channel.HEALTH);
  private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

  @TempDir Path folder;

  private DataSource database() {
    DataSource dataSource = ProvisioningDatabase.sqlite(folder.resolve("kiosk.db"));
    ProvisioningDatabase.migrate(dataSource);
    return dataSource;
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void deliversEventsBeforeHealthAndOldestFirst() {
    Outbox outbox = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    outbox.add(UUID.randomUUID(), HEALTH, text("h1"), Priority.HEALTH, T0);
    outbox.add(UUID.randomUUID(), EVENT, text("e1"), Priority.EVENT, T0);
    outbox.add(UUID.randomUUID(), HEALTH, text("h2"), Priority.HEALTH, T0);
    outbox.add(UUID.randomUUID(), EVENT, text("e2"), Priority.EVENT, T0);

    assertThat(outbox.next(10))
        .extracting(m -> new String(m.payload(), StandardCharsets.UTF_8))
        .containsExactly("e1", "e2", "h1", "h2");
    assertThat(outbox.next(10).get(0).topic()).isEqualTo(EVENT);
  }

  @Test
  void keepsMessagesUntilDeliveredAndAcrossReopening() {
    Outbox first = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    UUID id = UUID.randomUUID();
    first.add(id, EVENT, text("e1"), Priority.EVENT, T0);
    first.attempted(first.next(1).get(0).sequence());

    Outbox reopened = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    OutboxMessage message = reopened.next(1).get(0);
    assertThat(message.messageId()).isEqualTo(id);
    assertThat(message.attempts()).isEqualTo(1);
    assertThat(message.createdAt()).isEqualTo(T0);
    reopened.delivered(message.sequence());
    assertThat(reopened.pending()).isZero();
  }

  @Test
  void removesAnAcknowledgedWindowAtOnce() {
    Outbox outbox = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    for (int i = 0; i < 5; i++) {
      outbox.add(UUID.randomUUID(), EVENT, text("e" + i), Priority.EVENT, T0);
    }
    List<OutboxMessage> window = outbox.next(3);
    outbox.delivered(window.stream().map(OutboxMessage::sequence).toList());
    assertThat(outbox.next(10))
        .extracting(m -> new String(m.payload(), StandardCharsets.UTF_8))
        .containsExactly("e3", "e4");
  }

  @Test
  void sequenceKeepsRisingAfterTheTableEmpties() {
    Outbox outbox = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    long first = outbox.add(UUID.randomUUID(), EVENT, text("a"), Priority.EVENT, T0).sequence();
    outbox.delivered(first);
    long second = outbox.add(UUID.randomUUID(), EVENT, text("b"), Priority.EVENT, T0).sequence();
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void whenFullDropsHealthBeforeEvents() {
    Outbox outbox = new SqliteOutbox(database(), new OutboxLimits(10, Duration.ofDays(1)));
    List<UUID> health = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      UUID id = UUID.randomUUID();
      health.add(id);
      outbox.add(id, HEALTH, text("h" + i), Priority.HEALTH, T0);
    }
    List<UUID> dropped = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      dropped.addAll(
          outbox.add(UUID.randomUUID(), EVENT, text("e" + i), Priority.EVENT, T0).dropped());
    }
    assertThat(dropped).containsExactly(health.get(0), health.get(1));
    assertThat(outbox.pending()).isEqualTo(10);
    assertThat(outbox.next(20)).filteredOn(m -> m.priority() == Priority.EVENT).hasSize(9);
  }

  @Test
  void whenFullOfEventsDropsTheOldestEvent() {
    Outbox outbox = new SqliteOutbox(database(), new OutboxLimits(10, Duration.ofDays(1)));
    UUID oldest = UUID.randomUUID();
    outbox.add(oldest, EVENT, text("e0"), Priority.EVENT, T0);
    for (int i = 1; i < 10; i++) {
      outbox.add(UUID.randomUUID(), EVENT, text("e" + i), Priority.EVENT, T0);
    }
    Outbox.AddResult result = outbox.add(UUID.randomUUID(), EVENT, text("e10"), Priority.EVENT, T0);
    assertThat(result.dropped()).containsExactly(oldest);
  }

  @Test
  void dropsMessagesOlderThanMaxAge() {
    Outbox outbox = new SqliteOutbox(database(), new OutboxLimits(100, Duration.ofHours(1)));
    UUID old = UUID.randomUUID();
    outbox.add(old, EVENT, text("old"), Priority.EVENT, T0);
    Outbox.AddResult result =
        outbox.add(
            UUID.randomUUID(), EVENT, text("new"), Priority.EVENT, T0.plus(Duration.ofMinutes(61)));
    assertThat(result.dropped()).containsExactly(old);
    assertThat(outbox.pending()).isEqualTo(1);
  }

  @Test
  void refusesASecondMessageWithTheSameIdAndKeepsTheFirst() {
    Outbox outbox = new SqliteOutbox(database(), OutboxLimits.DEFAULT);
    UUID id = UUID.randomUUID();
    outbox.add(id, EVENT, text("first"), Priority.EVENT, T0);
    assertThatThrownBy(() -> outbox.add(id, EVENT, text("again"), Priority.EVENT, T0))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(id.toString());
    assertThat(outbox.next(5))
        .singleElement()
        .satisfies(
            m -> assertThat(new String(m.payload(), StandardCharsets.UTF_8)).isEqualTo("first"));
  }

  @Test
  void birthSequenceStartsAtZeroAndSurvivesReopening() {
    assertThat(new SqliteBirthSequence(database()).next(KIOSK)).isZero();
    assertThat(new SqliteBirthSequence(database()).next(KIOSK)).isEqualTo(1);
    assertThat(new SqliteBirthSequence(database()).next(KioskRef.of("bv-a", "k02"))).isZero();
    assertThat(new SqliteBirthSequence(database()).next(KIOSK)).isEqualTo(2);
  }

  @Test
  void migratesBesideOtherModulesInWalModeWithItsOwnHistory() throws Exception {
    DataSource dataSource = ProvisioningDatabase.sqlite(folder.resolve("shared.db"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE queue_ticket (id INTEGER PRIMARY KEY)");
    }
    ProvisioningDatabase.migrate(dataSource);
    ProvisioningDatabase.migrate(dataSource);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
        mode.next();
        assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet applied =
          statement.executeQuery(
              "SELECT version FROM flyway_history_provisioning WHERE success = 1"
                  + " AND version IS NOT NULL ORDER BY installed_rank")) {
        List<String> versions = new ArrayList<>();
        while (applied.next()) {
          versions.add(applied.getString(1));
        }
        assertThat(versions).contains("1");
      }
    }
  }
}
