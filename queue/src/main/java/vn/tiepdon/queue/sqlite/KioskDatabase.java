package vn.tiepdon.queue.sqlite;

import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the kiosk's SQLite database file the way ticket numbering needs it: WAL so readers never
 * block the writer, a busy timeout so concurrent writers queue instead of failing, and full sync so
 * a committed ticket survives a killed process and a power cut.
 */
public final class KioskDatabase {
  /** How long a writer waits for another writer before giving up. */
  public static final int BUSY_TIMEOUT_MS = 10_000;

  private KioskDatabase() {}

  public static DataSource open(Path file) {
    Objects.requireNonNull(file, "file");
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }
}
