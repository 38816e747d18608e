package vn.tiepdon.payment.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the payment tables up to date. Every module migrates its own tables in the shared kiosk
 * database with its own history table, so the schema is usually not empty when this runs: a
 * baseline at version 0 lets Flyway apply V1 next to other modules' tables.
 */
public final class PaymentMigrations {
  public static final String HISTORY_TABLE = "flyway_history_payment";
  public static final String LOCATION = "classpath:db/migration/payment";

  private PaymentMigrations() {}

  /** Applies pending migrations and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(PaymentMigrations.class.getClassLoader())
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
