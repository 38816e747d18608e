package vn.tiepdon.payment.sqlite;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The registry contract on a real SQLite file, as a desk keeps it. */
class SqliteKioskIntentRegistryTest extends KioskIntentRegistryContract {
  @TempDir Path dir;

  @Override
  DataSource database() {
    DataSource db = PaymentDatabase.open(dir.resolve("desk.db"));
    PaymentMigrations.migrate(db);
    return db;
  }
}
