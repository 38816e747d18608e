package vn.tiepdon.payment.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tiepdon.payment.desk.IntentOrigin;
import vn.tiepdon.payment.desk.KioskIntentRegistry;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * {@link KioskIntentRegistry} on the desk's database (SQLite or PostgreSQL, plain JDBC): the intent
 * goes into {@code payment_intent} next to the ledger's, its kiosk into {@code
 * payment_intent_origin}, in one transaction.
 */
public final class JdbcKioskIntentRegistry implements KioskIntentRegistry {
  private static final String INTENT_COLUMNS =
      "i.reference, i.ticket_ref, i.amount_dong, i.received_dong, i.status, i.created_at_ms,"
          + " i.expires_at_ms";

  private final DataSource dataSource;

  public JdbcKioskIntentRegistry(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Registration register(PaymentIntent intent, IntentOrigin origin, Instant announcedAt) {
    if (intent.status() != PaymentStatus.OPEN || !intent.received().isZero()) {
      throw new IllegalArgumentException(
          "an announced intent must be OPEN with nothing received, was " + intent.status());
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Registration result = registerIn(c, intent, origin, announcedAt);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        SqlFailures.rollbackQuietly(c);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw SqlFailures.failure("register intent " + intent.reference() + " of " + origin, e);
    }
  }

  private static Registration registerIn(
      Connection c, PaymentIntent intent, IntentOrigin origin, Instant announcedAt)
      throws SQLException {
    // The INSERT first: on SQLite it then waits for the write lock instead of failing to upgrade a
    // read lock; a stored reference (a repeat, or a concurrent delivery) is judged after.
    if (insertIntent(c, intent)) {
      insertOrigin(c, intent.reference(), origin, announcedAt);
      return Registration.NEW;
    }
    Optional<PaymentIntent> stored = intent(c, intent.reference());
    if (stored.isEmpty() || !sameFacts(stored.get(), intent)) {
      return Registration.CONFLICT;
    }
    Optional<IntentOrigin> from = origin(c, intent.reference());
    if (from.isEmpty()) {
      // The desk shares its database with this kiosk (demo, central PostgreSQL): adopt it.
      insertOrigin(c, intent.reference(), origin, announcedAt);
      return Registration.NEW;
    }
    return from.get().equals(origin) ? Registration.REPEAT : Registration.CONFLICT;
  }

  private static boolean sameFacts(PaymentIntent stored, PaymentIntent announced) {
    return stored.amount().equals(announced.amount())
        && stored.createdAt().equals(announced.createdAt())
        && stored.ticketRef().equals(announced.ticketRef());
  }

  private static boolean insertIntent(Connection c, PaymentIntent intent) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO payment_intent (reference, ticket_ref, amount_dong, received_dong, status,"
                + " created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, intent.reference().value());
      insert.setString(2, intent.ticketRef());
      insert.setLong(3, intent.amount().dong());
      insert.setLong(4, intent.received().dong());
      insert.setString(5, intent.status().name());
      insert.setLong(6, intent.createdAt().toEpochMilli());
      insert.setLong(7, intent.expiresAt().toEpochMilli());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      // PostgreSQL aborts the transaction on a failed statement: start a fresh one to look.
      SqlFailures.rollbackQuietly(c);
      if (intent(c, intent.reference()).isPresent()) {
        return false;
      }
      throw e;
    }
  }

  private static void insertOrigin(
      Connection c, ReferenceCode reference, IntentOrigin origin, Instant at) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO payment_intent_origin (reference, site, kiosk, announced_at_ms,"
                + " acknowledged_at_ms) VALUES (?, ?, ?, ?, NULL)")) {
      insert.setString(1, reference.value());
      insert.setString(2, origin.site());
      insert.setString(3, origin.kiosk());
      insert.setLong(4, at.toEpochMilli());
      insert.executeUpdate();
    }
  }

  @Override
  public Optional<IntentOrigin> origin(ReferenceCode reference) {
    try (Connection c = dataSource.getConnection()) {
      return origin(c, reference);
    } catch (SQLException e) {
      throw SqlFailures.failure("read the origin of " + reference, e);
    }
  }

  private static Optional<IntentOrigin> origin(Connection c, ReferenceCode reference)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT site, kiosk FROM payment_intent_origin WHERE reference = ?")) {
      select.setString(1, reference.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(new IntentOrigin(rows.getString("site"), rows.getString("kiosk")))
            : Optional.empty();
      }
    }
  }

  private static Optional<PaymentIntent> intent(Connection c, ReferenceCode reference)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + INTENT_COLUMNS + " FROM payment_intent i WHERE i.reference = ?")) {
      select.setString(1, reference.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(IntentRows.intentOf(rows)) : Optional.empty();
      }
    }
  }

  @Override
  public boolean acknowledge(ReferenceCode reference, IntentOrigin from, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE payment_intent_origin SET acknowledged_at_ms = ?"
                    + " WHERE reference = ? AND site = ? AND kiosk = ?"
                    + " AND acknowledged_at_ms IS NULL")) {
      update.setLong(1, at.toEpochMilli());
      update.setString(2, reference.value());
      update.setString(3, from.site());
      update.setString(4, from.kiosk());
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw SqlFailures.failure("acknowledge " + reference + " for " + from, e);
    }
  }

  @Override
  public List<Announced> unacknowledgedPayments(Instant since) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT "
                    + INTENT_COLUMNS
                    + ", o.site, o.kiosk FROM payment_intent_origin o"
                    + " JOIN payment_intent i ON i.reference = o.reference"
                    + " WHERE o.acknowledged_at_ms IS NULL AND i.created_at_ms >= ?"
                    + " AND i.status IN ('PAID', 'PARTIAL', 'OVERPAID')"
                    + " ORDER BY i.created_at_ms, i.reference")) {
      select.setLong(1, since.toEpochMilli());
      List<Announced> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.add(
              new Announced(
                  IntentRows.intentOf(rows),
                  new IntentOrigin(rows.getString("site"), rows.getString("kiosk"))));
        }
      }
      return result;
    } catch (SQLException e) {
      throw SqlFailures.failure("list unacknowledged payments since " + since, e);
    }
  }
}
