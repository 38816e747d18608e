package vn.tiepdon.provisioning.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import vn.tiepdon.provisioning.TelemetrySettings.OutboxLimits;
import vn.tiepdon.provisioning.outbox.Outbox;
import vn.tiepdon.provisioning.outbox.OutboxMessage;
import vn.tiepdon.provisioning.outbox.Priority;
import vn.tiepdon.provisioning.topic.KioskTopic;

/** The outbox in table {@code telemetry_outbox}; every add is one transaction. */
public final class SqliteOutbox implements Outbox {
  private static final String INSERT =
      "INSERT INTO telemetry_outbox (message_id, topic, payload, priority, created_at_epoch_ms)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String DROP_OLD =
      "DELETE FROM telemetry_outbox WHERE created_at_epoch_ms < ? RETURNING message_id";
  private static final String DROP_LEAST_WANTED =
      "DELETE FROM telemetry_outbox WHERE sequence IN (SELECT sequence FROM telemetry_outbox"
          + " ORDER BY priority ASC, sequence ASC LIMIT ?) RETURNING message_id";
  private static final String NEXT =
      "SELECT sequence, message_id, topic, payload, priority, created_at_epoch_ms, attempts"
          + " FROM telemetry_outbox ORDER BY priority DESC, sequence ASC LIMIT ?";

  private final DataSource dataSource;
  private final int maxMessages;
  private final Duration maxAge;

  public SqliteOutbox(DataSource dataSource, OutboxLimits limits) {
    this.dataSource = dataSource;
    this.maxMessages = limits.maxMessages();
    this.maxAge = limits.maxAge();
  }

  @Override
  public AddResult add(
      UUID messageId, KioskTopic topic, byte[] payload, Priority priority, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        long sequence = insert(connection, messageId, topic, payload, priority, now);
        List<UUID> dropped = new ArrayList<>();
        dropAll(connection, DROP_OLD, now.minus(maxAge).toEpochMilli(), dropped);
        long excess = count(connection) - maxMessages;
        if (excess > 0) {
          dropAll(connection, DROP_LEAST_WANTED, excess, dropped);
        }
        connection.commit();
        return new AddResult(sequence, List.copyOf(dropped));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store message " + messageId + " for " + topic, e);
    }
  }

  private static long insert(
      Connection connection,
      UUID messageId,
      KioskTopic topic,
      byte[] payload,
      Priority priority,
      Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, messageId.toString());
      insert.setString(2, topic.value());
      insert.setBytes(3, payload);
      insert.setInt(4, priority.rank());
      insert.setLong(5, now.toEpochMilli());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void dropAll(Connection connection, String sql, long parameter, List<UUID> into)
      throws SQLException {
    try (PreparedStatement drop = connection.prepareStatement(sql)) {
      drop.setLong(1, parameter);
      try (ResultSet rows = drop.executeQuery()) {
        while (rows.next()) {
          into.add(UUID.fromString(rows.getString(1)));
        }
      }
    }
  }

  private static long count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM telemetry_outbox")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public List<OutboxMessage> next(int max) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement next = connection.prepareStatement(NEXT)) {
      next.setInt(1, max);
      List<OutboxMessage> messages = new ArrayList<>();
      try (ResultSet rows = next.executeQuery()) {
        while (rows.next()) {
          messages.add(
              new OutboxMessage(
                  rows.getLong(1),
                  UUID.fromString(rows.getString(2)),
                  KioskTopic.parse(rows.getString(3)),
                  rows.getBytes(4),
                  Priority.ofRank(rows.getInt(5)),
                  Instant.ofEpochMilli(rows.getLong(6)),
                  rows.getInt(7)));
        }
      }
      return messages;
    } catch (SQLException e) {
      throw new StoreException("cannot read the next " + max + " outbox messages", e);
    }
  }

  @Override
  public void attempted(long sequence) {
    update("UPDATE telemetry_outbox SET attempts = attempts + 1 WHERE sequence = ?", sequence);
  }

  @Override
  public void delivered(long sequence) {
    update("DELETE FROM telemetry_outbox WHERE sequence = ?", sequence);
  }

  @Override
  public void delivered(List<Long> sequences) {
    if (sequences.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM telemetry_outbox WHERE sequence = ?")) {
        for (long sequence : sequences) {
          delete.setLong(1, sequence);
          delete.addBatch();
        }
        delete.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot remove delivered outbox messages " + sequences, e);
    }
  }

  private void update(String sql, long sequence) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, sequence);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot update outbox message " + sequence + ": " + sql, e);
    }
  }

  @Override
  public long pending() {
    try (Connection connection = dataSource.getConnection()) {
      return count(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot count outbox messages", e);
    }
  }
}
