package vn.tiepdon.payment.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;

/**
 * The ledger contract on a real PostgreSQL server (Debian's postgresql, started by {@code
 * .ci/run}), through the same JDBC code and Flyway migrations as SQLite. Each test gets a schema of
 * its own. The server comes from {@code TIEPDON_PG_URL} (or {@code -Dtiepdon.pg.url}); without it
 * the tests are skipped with a message saying so, and {@code .ci/run} always sets it.
 */
class PostgresPaymentLedgerIT extends PaymentLedgerContract {
  static String url;

  @BeforeAll
  static void server() {
    url = System.getProperty("tiepdon.pg.url", System.getenv("TIEPDON_PG_URL"));
    Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "TIEPDON_PG_URL is not set: PostgreSQL ledger tests skipped (.ci/run starts a server and sets it)");
  }

  @Override
  DataSource database() {
    String schema =
        "t_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = PaymentDatabase.postgres(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(
          "cannot create schema on " + url.replaceAll("password=[^&]*", "password=***"), e);
    }
    DataSource db =
        PaymentDatabase.postgres(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    assertThat(PaymentMigrations.migrate(db)).isEqualTo(3);
    return db;
  }

  @Test
  void intentsWrittenByTheKioskStoreAreReadByTheLedgerOnTheSameServer() {
    var intent = intents.create(Money.ofDong(42_000), "K02-0001");

    assertThat(intents.find(intent.reference())).contains(intent);
    assertThat(ledger.intents(intent.createdAt(), intent.expiresAt())).containsExactly(intent);
  }
}
