package vn.tiepdon.ui.cashier.fx;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javafx.stage.Stage;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.framework.junit5.Start;
import vn.tiepdon.payment.sqlite.PaymentDatabase;

/**
 * Every desk test again on PostgreSQL, as a hospital-wide desk runs (the same code; only the
 * configured database differs). Each test gets a schema of its own. Skipped without {@code
 * TIEPDON_PG_URL}; {@code .ci/run} starts Debian's PostgreSQL and sets it.
 */
class CashierDeskPostgresIT extends CashierDeskFxTest {
  private static String server;
  private String url;

  @BeforeAll
  static void server() {
    server = System.getProperty("tiepdon.pg.url", System.getenv("TIEPDON_PG_URL"));
    Assumptions.assumeTrue(
        server != null && !server.isBlank(),
        "TIEPDON_PG_URL is not set: the PostgreSQL desk tests are skipped");
  }

  /** TestFX looks for {@code @Start} among the test class's own methods only. */
  @Start
  @Override
  void start(Stage stage) throws Exception {
    super.start(stage);
  }

  @Override
  String database() throws Exception {
    String schema =
        "desk_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = PaymentDatabase.postgres(server).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return url;
  }

  @Override
  DataSource kioskConnection() {
    return PaymentDatabase.postgres(url);
  }
}
