package vn.tiepdon.payment.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.intent.DuplicateReferenceException;
import vn.tiepdon.payment.intent.MutableClock;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;

class SqlitePaymentIntentStoreTest {
  private static final Instant T0 = Instant.parse("2026-09-15T02:30:00Z");

  @TempDir Path dir;

  private DataSource migrated() {
    DataSource db = PaymentDatabase.open(dir.resolve("kiosk.db"));
    PaymentMigrations.migrate(db);
    return db;
  }

  private static PaymentIntent intent(String code, String ticket) {
    return PaymentIntent.open(
        new ReferenceCode(code), Money.ofDong(150_000), ticket, T0, Duration.ofMinutes(15));
  }

  @Test
  void migratesNextToAnotherModulesTablesWithItsOwnHistory() throws Exception {
    DataSource db = PaymentDatabase.open(dir.resolve("kiosk.db"));
    execute(db, "CREATE TABLE queue_ticket (id INTEGER PRIMARY KEY)");
    execute(db, "CREATE TABLE flyway_history_queue (installed_rank INTEGER)");

    assertThat(PaymentMigrations.migrate(db)).isEqualTo(3);
    assertThat(PaymentMigrations.migrate(db)).isZero();
    assertThat(query(db, "SELECT COUNT(*) FROM flyway_history_payment WHERE version = '1'"))
        .isEqualTo("1");
    assertThat(query(db, "SELECT COUNT(*) FROM queue_ticket")).isEqualTo("0");
  }

  @Test
  void databaseRunsInWalMode() throws Exception {
    assertThat(query(migrated(), "PRAGMA journal_mode")).isEqualTo("wal");
  }

  @Test
  void intentsSurviveReopeningTheFile() {
    new SqlitePaymentIntentStore(migrated()).insert(intent("TD7K3M9QV", "K01-1023"));

    SqlitePaymentIntentStore reopened =
        new SqlitePaymentIntentStore(PaymentDatabase.open(dir.resolve("kiosk.db")));

    assertThat(reopened.find(new ReferenceCode("TD7K3M9QV")))
        .contains(intent("TD7K3M9QV", "K01-1023"));
  }

  @Test
  void sameReferenceTwiceIsADuplicate() {
    SqlitePaymentIntentStore store = new SqlitePaymentIntentStore(migrated());
    store.insert(intent("TD7K3M9QV", "K01-1"));

    assertThatThrownBy(() -> store.insert(intent("TD7K3M9QV", "K01-2")))
        .isInstanceOf(DuplicateReferenceException.class)
        .hasMessageContaining("TD7K3M9QV");
  }

  @Test
  void schemaRejectsAnUnknownStatus() {
    DataSource db = migrated();

    assertThatThrownBy(
            () ->
                execute(
                    db,
                    "INSERT INTO payment_intent VALUES"
                        + " ('TD7K3M9QV', 'K01', 1000, 0, 'BOGUS', 1, 2)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("CHECK");
  }

  @Test
  void findByTicketListsOldestFirst() {
    SqlitePaymentIntentStore store = new SqlitePaymentIntentStore(migrated());
    PaymentIntent later =
        PaymentIntent.open(
            new ReferenceCode("TDHV2P8RU"),
            Money.ofDong(1),
            "K01-7",
            T0.plusSeconds(5),
            Duration.ofMinutes(1));
    store.insert(later);
    store.insert(intent("TD7K3M9QV", "K01-7"));
    store.insert(intent("TD4X9NEW3", "K01-8"));

    assertThat(store.findByTicket("K01-7"))
        .extracting(i -> i.reference().value())
        .containsExactly("TD7K3M9QV", "TDHV2P8RU");
  }

  @Test
  void concurrentTransfersForOneIntentAreAllBooked() throws Exception {
    DataSource db = migrated();
    PaymentIntents intents =
        new PaymentIntents(
            new PaymentSettings("970436", "0011001234567", "BV ABC"),
            new SqlitePaymentIntentStore(db),
            new MutableClock(T0),
            new SplittableRandom(3));
    ReferenceCode code = intents.create(Money.ofDong(100_000), "K01-1").reference();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        done.add(pool.submit(() -> intents.markPaid(code, Money.ofDong(1_000), T0)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    PaymentIntent stored = intents.find(code).orElseThrow();
    assertThat(stored.received()).isEqualTo(Money.ofDong(100_000));
    assertThat(stored.status()).isEqualTo(PaymentStatus.PAID);
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String query(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
