package vn.tiepdon.provisioning.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Provisioning's tables in the shared kiosk database. */
public final class ProvisioningDatabase {
  /** Each module keeps its own migration history so they can migrate independently. */
  public static final String HISTORY_TABLE = "flyway_history_provisioning";

  private ProvisioningDatabase() {}

  /**
   * Brings provisioning's tables up to date. Safe to call on every start and on a database that
   * other modules already use.
   */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/provisioning")
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * A SQLite data source in WAL mode with full sync: a stored message survives {@code kill -9} and
   * power loss. For when the composition root has no shared one yet (demo, tests).
   */
  public static DataSource sqlite(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create folder for database " + file, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(5_000);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }
}
