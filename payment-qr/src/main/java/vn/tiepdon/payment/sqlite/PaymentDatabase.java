package vn.tiepdon.payment.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a SQLite database file (the kiosk's shared one, the desk's, or a test file) the way payment
 * intents need it: WAL so the screen reads while a payment is booked, a busy timeout so concurrent
 * writers queue instead of failing, and full sync so a committed intent survives a killed process
 * and a power cut.
 */
public final class PaymentDatabase {
  /** How long a writer waits for another writer before giving up. */
  public static final int BUSY_TIMEOUT_MS = 10_000;

  private PaymentDatabase() {}

  /**
   * A hospital's central PostgreSQL database (the same tables and JDBC code as SQLite).
   *
   * @param url {@code jdbc:postgresql://host:5432/db?user=…&password=…}, optionally with {@code
   *     currentSchema}
   * @throws IllegalArgumentException naming the URL (without its password) when it is not one
   */
  public static DataSource postgres(String url) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "a PostgreSQL URL starts with jdbc:postgresql:, was "
              + url.replaceAll("password=[^&]*", "password=***"));
    }
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  public static DataSource open(Path file) {
    Objects.requireNonNull(file, "file");
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
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }
}
