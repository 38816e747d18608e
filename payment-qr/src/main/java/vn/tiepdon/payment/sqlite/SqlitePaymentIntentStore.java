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
import java.util.function.Function;
import javax.sql.DataSource;
import vn.tiepdon.payment.intent.DuplicateReferenceException;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntentStore;
import vn.tiepdon.payment.intent.PaymentStoreException;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Payment intents in the {@code payment_intent} table (SQLite on kiosks and desks; plain SQL that
 * PostgreSQL runs too). Updates are compare-and-set on the row's previous state, so concurrent
 * bookings retry instead of overwriting each other, without relying on a database's locking mode.
 * Run {@link PaymentMigrations#migrate(DataSource)} first.
 */
public final class SqlitePaymentIntentStore implements PaymentIntentStore {
  /** Compare-and-set attempts; each failed one means another writer made progress. */
  static final int MAX_UPDATE_ATTEMPTS = 50;

  private static final String COLUMNS =
      "reference, ticket_ref, amount_dong, received_dong, status, created_at_ms, expires_at_ms";

  private final DataSource dataSource;

  public SqlitePaymentIntentStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void insert(PaymentIntent intent) {
    String sql = "INSERT INTO payment_intent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setString(1, intent.reference().value());
      insert.setString(2, intent.ticketRef());
      insert.setLong(3, intent.amount().dong());
      insert.setLong(4, intent.received().dong());
      insert.setString(5, intent.status().name());
      insert.setLong(6, intent.createdAt().toEpochMilli());
      insert.setLong(7, intent.expiresAt().toEpochMilli());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (find(intent.reference()).isPresent()) {
        throw new DuplicateReferenceException(intent.reference(), e);
      }
      throw SqlFailures.failure("insert payment intent " + intent.reference(), e);
    }
  }

  @Override
  public Optional<PaymentIntent> find(ReferenceCode reference) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, reference);
    } catch (SQLException e) {
      throw SqlFailures.failure("read payment intent " + reference, e);
    }
  }

  private static Optional<PaymentIntent> find(Connection c, ReferenceCode reference)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT " + COLUMNS + " FROM payment_intent WHERE reference = ?")) {
      select.setString(1, reference.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(IntentRows.intentOf(rows)) : Optional.empty();
      }
    }
  }

  @Override
  public List<PaymentIntent> findByTicket(String ticketRef) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM payment_intent WHERE ticket_ref = ? ORDER BY created_at_ms, reference";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, ticketRef);
      List<PaymentIntent> intents = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          intents.add(IntentRows.intentOf(rows));
        }
      }
      return intents;
    } catch (SQLException e) {
      throw SqlFailures.failure("read payment intents of ticket " + ticketRef, e);
    }
  }

  @Override
  public List<ReferenceCode> findOpenExpiringBy(Instant now) {
    String sql =
        "SELECT reference FROM payment_intent WHERE status = 'OPEN' AND expires_at_ms <= ?"
            + " ORDER BY expires_at_ms";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, now.toEpochMilli());
      List<ReferenceCode> references = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          references.add(new ReferenceCode(rows.getString(1)));
        }
      }
      return references;
    } catch (SQLException e) {
      throw SqlFailures.failure("read payment intents open at " + now, e);
    }
  }

  @Override
  public <R> Optional<R> update(
      ReferenceCode reference, Function<PaymentIntent, Change<R>> change) {
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
        Optional<PaymentIntent> current = find(c, reference);
        if (current.isEmpty()) {
          return Optional.empty();
        }
        Change<R> next = change.apply(current.get());
        if (next.next().equals(current.get())
            || IntentRows.compareAndSet(c, current.get(), next.next())) {
          return Optional.ofNullable(next.result());
        }
      }
      throw new PaymentStoreException(
          "payment intent "
              + reference
              + " changed under "
              + MAX_UPDATE_ATTEMPTS
              + " update attempts in a row",
          null);
    } catch (SQLException e) {
      throw SqlFailures.failure("update payment intent " + reference, e);
    }
  }
}
