package vn.tiepdon.payment.sqlite;

import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The registry contract on PostgreSQL, for a hospital-wide desk: a schema per test on the server
 * {@code TIEPDON_PG_URL} names (set by {@code .ci/run}); skipped without it.
 */
class PostgresKioskIntentRegistryIT extends KioskIntentRegistryContract {
  @BeforeAll
  static void server() {
    PostgresPaymentLedgerIT.server();
    Assumptions.assumeTrue(PostgresPaymentLedgerIT.url != null);
  }

  @Override
  DataSource database() {
    return new PostgresPaymentLedgerIT().database();
  }
}
