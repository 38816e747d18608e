package vn.tiepdon.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's one SQLite database file. Each module migrates its own tables in it with its own
 * Flyway history table.
 *
 * <p>WAL lets the screen read while a ticket is written; synchronous FULL makes a committed ticket
 * number, payment intent or outbox message survive a power cut, not only a crash.
 */
public final class KioskDatabase {
  private KioskDatabase() {}

  public static DataSource open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of database " + file, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }
}
