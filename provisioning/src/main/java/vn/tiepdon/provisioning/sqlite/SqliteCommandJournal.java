package vn.tiepdon.provisioning.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tiepdon.provisioning.command.AckStatus;
import vn.tiepdon.provisioning.command.CommandAck;
import vn.tiepdon.provisioning.command.CommandLog;
import vn.tiepdon.provisioning.command.CommandType;
import vn.tiepdon.provisioning.command.NonceStore;
import vn.tiepdon.provisioning.command.RemoteCommand;
import vn.tiepdon.provisioning.topic.CommandId;

/** Seen nonces and the command log in the kiosk's SQLite database (tables from migration V2). */
public final class SqliteCommandJournal implements NonceStore, CommandLog {
  private final DataSource dataSource;

  /** Migrates provisioning's tables first, so it is ready on a fresh database. */
  public SqliteCommandJournal(DataSource dataSource) {
    ProvisioningDatabase.migrate(dataSource);
    this.dataSource = dataSource;
  }

  @Override
  public boolean firstUse(String nonce, CommandId id, Instant expiresAt, Instant now) {
    // One INSERT: the UNIQUE constraints make the check and the record a single atomic step.
    String sql =
        "INSERT OR IGNORE INTO command_nonce"
            + " (nonce, command_id, expires_at_epoch_ms, received_at_epoch_ms) VALUES (?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, nonce);
      insert.setString(2, id.value());
      insert.setLong(3, expiresAt.toEpochMilli());
      insert.setLong(4, now.toEpochMilli());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("cannot record nonce of command " + id, e);
    }
  }

  @Override
  public int forgetExpired(Instant before) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM command_nonce WHERE expires_at_epoch_ms < ?")) {
      delete.setLong(1, before.toEpochMilli());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot forget expired command nonces", e);
    }
  }

  @Override
  public void record(CommandAck ack, Optional<RemoteCommand> command) {
    String sql =
        "INSERT INTO command_log (command_id, command_type, operator_key_id, status, detail,"
            + " at_epoch_ms) VALUES (?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, ack.commandId().value());
      insert.setString(2, command.map(c -> c.type().name()).orElse(null));
      insert.setString(3, command.map(RemoteCommand::operatorKeyId).orElse(null));
      insert.setString(4, ack.status().name());
      insert.setString(5, ack.detail());
      insert.setLong(6, ack.at().toEpochMilli());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot log ack of command " + ack.commandId(), e);
    }
  }

  @Override
  public List<Entry> latest(int limit) {
    String sql =
        "SELECT command_id, command_type, operator_key_id, status, detail, at_epoch_ms"
            + " FROM command_log ORDER BY sequence DESC LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new Entry(
                  rows.getString(1),
                  Optional.ofNullable(rows.getString(2)).map(CommandType::valueOf),
                  Optional.ofNullable(rows.getString(3)),
                  AckStatus.valueOf(rows.getString(4)),
                  rows.getString(5),
                  Instant.ofEpochMilli(rows.getLong(6))));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new StoreException("cannot read the command log", e);
    }
  }
}
