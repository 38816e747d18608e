package vn.tiepdon.queue.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.tiepdon.queue.QueueLedger;
import vn.tiepdon.queue.QueueStorageException;
import vn.tiepdon.queue.QueueStore;

/**
 * The ticket store on SQLite. A write transaction starts with {@code BEGIN IMMEDIATE}, which takes
 * the database's single write lock up front: two kiosks' requests (threads or processes) are
 * serialised before either reads a count, so read-decide-write inside one transaction is safe.
 */
public final class SqliteQueueStore implements QueueStore {
  private final DataSource dataSource;
  private final Numbering numbering;
  private final ReentrantLock writers = new ReentrantLock(true);

  public SqliteQueueStore(DataSource dataSource) {
    this(dataSource, Numbering.SITE_SEQUENCE);
  }

  public SqliteQueueStore(DataSource dataSource, Numbering numbering) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.numbering = Objects.requireNonNull(numbering, "numbering");
  }

  /** Opens the file with {@link QueueDatabase} and migrates the queue tables. */
  public static SqliteQueueStore open(java.nio.file.Path file) {
    DataSource dataSource = QueueDatabase.open(file);
    QueueMigrations.migrate(dataSource);
    return new SqliteQueueStore(dataSource);
  }

  @Override
  public <T> T write(Function<QueueLedger, T> work) {
    writers.lock();
    try {
      return inTransaction("BEGIN IMMEDIATE", work);
    } finally {
      writers.unlock();
    }
  }

  @Override
  public <T> T read(Function<QueueLedger, T> work) {
    return inTransaction("BEGIN DEFERRED", work);
  }

  private <T> T inTransaction(String begin, Function<QueueLedger, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      execute(connection, begin);
      T result;
      try {
        result = work.apply(new SqliteQueueLedger(connection, numbering));
      } catch (RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
      execute(connection, "COMMIT");
      return result;
    } catch (SQLException e) {
      throw new QueueStorageException("queue store transaction failed: " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection, RuntimeException cause) {
    try {
      execute(connection, "ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
