package vn.tiepdon.payment.sqlite;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on a real SQLite file (WAL, as on a desk or kiosk). */
class SqlitePaymentLedgerTest extends PaymentLedgerContract {
  @TempDir Path dir;

  @Override
  DataSource database() {
    DataSource db = PaymentDatabase.open(dir.resolve("desk.db"));
    PaymentMigrations.migrate(db);
    return db;
  }
}
