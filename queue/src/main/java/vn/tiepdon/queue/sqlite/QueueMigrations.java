package vn.tiepdon.queue.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the queue's tables up to date. Every module migrates its own tables in the shared kiosk
 * database with its own history table, so the schema is usually not empty when this runs: a
 * baseline at version 0 lets Flyway apply V1 next to other modules' tables.
 */
public final class QueueMigrations {
  public static final String HISTORY_TABLE = "flyway_history_queue";
  public static final String LOCATION = "classpath:db/migration/queue";

  private QueueMigrations() {}

  /** Applies pending migrations and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(QueueMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
