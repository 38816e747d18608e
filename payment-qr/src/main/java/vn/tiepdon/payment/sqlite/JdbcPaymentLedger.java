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
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.PaymentLedger;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntentStore;
import vn.tiepdon.payment.intent.PaymentOutcome;
import vn.tiepdon.payment.intent.PaymentStoreException;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * The ledger in plain JDBC: the same statements run on SQLite (desk, kiosk) and PostgreSQL
 * (central), tested on both. A transfer is inserted first, so its primary key (source, transaction
 * id) settles duplicates and, on SQLite, takes the write lock before the intent is read; the intent
 * is then updated compare-and-set, and a lost race rolls the whole transaction back and retries.
 * Run {@link PaymentMigrations#migrate(DataSource)} first.
 */
public final class JdbcPaymentLedger implements PaymentLedger {
  static final int MAX_ATTEMPTS = 20;

  private static final String TRANSFER_COLUMNS =
      "source, transaction_id, booked_at_ms, amount_dong, content, account, received_at_ms, state,"
          + " reason, reference, manual, duplicates";
  private static final String INTENT_COLUMNS =
      "reference, ticket_ref, amount_dong, received_dong, status, created_at_ms, expires_at_ms";

  private final DataSource dataSource;

  public JdbcPaymentLedger(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Ingestion ingest(
      BankTransfer transfer,
      Instant receivedAt,
      Optional<ReferenceCode> reference,
      String unmatchedReason,
      Function<PaymentIntent, PaymentIntentStore.Change<PaymentOutcome>> booking) {
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        c.setAutoCommit(false);
        try {
          if (!insertTransfer(c, transfer, receivedAt)) {
            c.rollback();
            return new Ingestion.Duplicate(countDuplicate(c, transfer));
          }
          Optional<Ingestion.Stored> stored =
              decide(c, transfer, receivedAt, reference, unmatchedReason, booking);
          if (stored.isPresent()) {
            c.commit();
            return stored.get();
          }
          c.rollback(); // the intent changed under us: start again
        } catch (SQLException | RuntimeException e) {
          SqlFailures.rollbackQuietly(c);
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
      throw new PaymentStoreException(
          "transfer " + transfer.key() + ": intent changed under " + MAX_ATTEMPTS + " attempts",
          null);
    } catch (SQLException e) {
      throw SqlFailures.failure("store transfer " + transfer.key(), e);
    }
  }

  /** Books and records the transfer's state; empty if the intent's compare-and-set lost. */
  private Optional<Ingestion.Stored> decide(
      Connection c,
      BankTransfer transfer,
      Instant receivedAt,
      Optional<ReferenceCode> reference,
      String unmatchedReason,
      Function<PaymentIntent, PaymentIntentStore.Change<PaymentOutcome>> booking)
      throws SQLException {
    if (reference.isEmpty()) {
      return Optional.of(
          record(
              c,
              transfer,
              receivedAt,
              TransferState.UNMATCHED,
              unmatchedReason,
              null,
              false,
              null));
    }
    Optional<PaymentIntent> intent = findIntent(c, reference.get());
    if (intent.isEmpty()) {
      return Optional.of(
          record(
              c,
              transfer,
              receivedAt,
              TransferState.UNMATCHED,
              "UNKNOWN_CODE",
              reference.get(),
              false,
              null));
    }
    PaymentIntentStore.Change<PaymentOutcome> change = booking.apply(intent.get());
    if (!change.next().equals(intent.get())
        && !IntentRows.compareAndSet(c, intent.get(), change.next())) {
      return Optional.empty();
    }
    PaymentOutcome outcome = change.result();
    ReferenceCode code = reference.get();
    if (outcome instanceof PaymentOutcome.Booked booked) {
      return Optional.of(
          record(c, transfer, receivedAt, TransferState.BOOKED, "", code, false, booked.intent()));
    }
    if (outcome instanceof PaymentOutcome.ArrivedLate late) {
      return Optional.of(
          record(
              c, transfer, receivedAt, TransferState.LATE, "EXPIRED", code, false, late.intent()));
    }
    if (outcome instanceof PaymentOutcome.ArrivedAfterCancel cancelled) {
      return Optional.of(
          record(
              c,
              transfer,
              receivedAt,
              TransferState.LATE,
              "CANCELLED",
              code,
              false,
              cancelled.intent()));
    }
    return Optional.of(
        record(
            c, transfer, receivedAt, TransferState.UNMATCHED, "UNKNOWN_CODE", code, false, null));
  }

  private static Ingestion.Stored record(
      Connection c,
      BankTransfer transfer,
      Instant receivedAt,
      TransferState state,
      String reason,
      ReferenceCode reference,
      boolean manual,
      PaymentIntent intent)
      throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE bank_transfer SET state = ?, reason = ?, reference = ?, manual = ?"
                + " WHERE source = ? AND transaction_id = ?")) {
      update.setString(1, state.name());
      update.setString(2, reason == null || reason.isEmpty() ? null : reason);
      update.setString(3, reference == null ? null : reference.value());
      update.setInt(4, manual ? 1 : 0);
      update.setString(5, transfer.source().key());
      update.setString(6, transfer.transactionId());
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException(
            "transfer " + transfer.key() + " vanished inside its transaction");
      }
    }
    TransferRecord record =
        new TransferRecord(
            transfer, receivedAt, state, reason, Optional.ofNullable(reference), manual, 0);
    return new Ingestion.Stored(record, Optional.ofNullable(intent));
  }

  /** Inserts the transfer as UNMATCHED; false if it is stored already. */
  private boolean insertTransfer(Connection c, BankTransfer t, Instant receivedAt)
      throws SQLException {
    // No SELECT first: on SQLite the INSERT must be the transaction's first statement, so that it
    // waits for the write lock instead of failing to upgrade a read lock.
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO bank_transfer ("
                + TRANSFER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, 'UNMATCHED', NULL, NULL, 0, 0)")) {
      insert.setString(1, t.source().key());
      insert.setString(2, t.transactionId());
      insert.setLong(3, t.bookedAt().toEpochMilli());
      insert.setLong(4, t.amount().dong());
      insert.setString(5, t.content());
      insert.setString(6, t.account());
      insert.setLong(7, receivedAt.toEpochMilli());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      // Stored before (or by a concurrent delivery): the primary key decided.
      SqlFailures.rollbackQuietly(c);
      if (transfer(c, t.source(), t.transactionId()).isPresent()) {
        return false;
      }
      throw e;
    }
  }

  private TransferRecord countDuplicate(Connection c, BankTransfer t) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE bank_transfer SET duplicates = duplicates + 1 WHERE source = ? AND transaction_id = ?")) {
      update.setString(1, t.source().key());
      update.setString(2, t.transactionId());
      update.executeUpdate();
    }
    c.commit();
    return transfer(c, t.source(), t.transactionId()).orElseThrow();
  }

  @Override
  public Ingestion.Stored matchManually(
      TransferSource source,
      String transactionId,
      ReferenceCode reference,
      Function<PaymentIntent, PaymentIntentStore.Change<PaymentOutcome>> booking,
      AuditEntry audit) {
    try (Connection c = dataSource.getConnection()) {
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        c.setAutoCommit(false);
        try {
          // Writing the audit row first takes SQLite's write lock before anything is read.
          insertAudit(c, audit);
          TransferRecord current =
              transfer(c, source, transactionId)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "no " + source.key() + " transfer " + transactionId));
          if (current.state() == TransferState.BOOKED) {
            throw new IllegalStateException(
                source.key()
                    + " transfer "
                    + transactionId
                    + " is booked on "
                    + current.reference().orElseThrow()
                    + " already");
          }
          PaymentIntent intent =
              findIntent(c, reference)
                  .orElseThrow(() -> new IllegalStateException("no intent " + reference));
          PaymentIntentStore.Change<PaymentOutcome> change = booking.apply(intent);
          if (!IntentRows.compareAndSet(c, intent, change.next())) {
            c.rollback();
            continue;
          }
          Ingestion.Stored stored =
              record(
                  c,
                  current.transfer(),
                  current.receivedAt(),
                  TransferState.BOOKED,
                  "",
                  reference,
                  true,
                  change.next());
          c.commit();
          return new Ingestion.Stored(
              new TransferRecord(
                  current.transfer(),
                  current.receivedAt(),
                  TransferState.BOOKED,
                  "",
                  Optional.of(reference),
                  true,
                  current.duplicates()),
              stored.intent());
        } catch (SQLException | RuntimeException e) {
          SqlFailures.rollbackQuietly(c);
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
      throw new PaymentStoreException(
          "intent " + reference + " changed under " + MAX_ATTEMPTS + " attempts", null);
    } catch (SQLException e) {
      throw SqlFailures.failure(
          "match transfer " + source.key() + ":" + transactionId + " to " + reference, e);
    }
  }

  @Override
  public void addNote(AuditEntry audit) {
    try (Connection c = dataSource.getConnection()) {
      if (transfer(c, audit.source(), audit.transactionId()).isEmpty()) {
        throw new IllegalStateException(
            "no " + audit.source().key() + " transfer " + audit.transactionId());
      }
      insertAudit(c, audit);
    } catch (SQLException e) {
      throw SqlFailures.failure("add a note to transfer " + audit.transactionId(), e);
    }
  }

  private static void insertAudit(Connection c, AuditEntry a) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO reconciliation_audit (id, at_ms, cashier, action, source, transaction_id, reference, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, a.id());
      insert.setLong(2, a.at().toEpochMilli());
      insert.setString(3, a.cashier());
      insert.setString(4, a.action().name());
      insert.setString(5, a.source().key());
      insert.setString(6, a.transactionId());
      insert.setString(7, a.reference().map(ReferenceCode::value).orElse(null));
      insert.setString(8, a.note());
      insert.executeUpdate();
    }
  }

  @Override
  public Optional<TransferRecord> transfer(TransferSource source, String transactionId) {
    try (Connection c = dataSource.getConnection()) {
      return transfer(c, source, transactionId);
    } catch (SQLException e) {
      throw SqlFailures.failure("read transfer " + source.key() + ":" + transactionId, e);
    }
  }

  private static Optional<TransferRecord> transfer(
      Connection c, TransferSource source, String transactionId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + TRANSFER_COLUMNS
                + " FROM bank_transfer WHERE source = ? AND transaction_id = ?")) {
      select.setString(1, source.key());
      select.setString(2, transactionId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(transferOf(rows)) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<PaymentIntent> intent(ReferenceCode reference) {
    try (Connection c = dataSource.getConnection()) {
      return findIntent(c, reference);
    } catch (SQLException e) {
      throw SqlFailures.failure("read payment intent " + reference, e);
    }
  }

  @Override
  public List<TransferRecord> transfers(Instant from, Instant to) {
    String sql =
        "SELECT "
            + TRANSFER_COLUMNS
            + " FROM bank_transfer WHERE booked_at_ms >= ? AND booked_at_ms < ?"
            + " ORDER BY booked_at_ms, source, transaction_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, from.toEpochMilli());
      select.setLong(2, to.toEpochMilli());
      List<TransferRecord> records = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          records.add(transferOf(rows));
        }
      }
      return records;
    } catch (SQLException e) {
      throw SqlFailures.failure("read transfers from " + from + " to " + to, e);
    }
  }

  @Override
  public List<PaymentIntent> intents(Instant from, Instant to) {
    String sql =
        "SELECT "
            + INTENT_COLUMNS
            + " FROM payment_intent WHERE created_at_ms >= ? AND created_at_ms < ?"
            + " ORDER BY created_at_ms, reference";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, from.toEpochMilli());
      select.setLong(2, to.toEpochMilli());
      List<PaymentIntent> intents = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          intents.add(IntentRows.intentOf(rows));
        }
      }
      return intents;
    } catch (SQLException e) {
      throw SqlFailures.failure("read intents from " + from + " to " + to, e);
    }
  }

  @Override
  public List<AuditEntry> audit(Instant from, Instant to) {
    String sql =
        "SELECT id, at_ms, cashier, action, source, transaction_id, reference, note FROM reconciliation_audit"
            + " WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, from.toEpochMilli());
      select.setLong(2, to.toEpochMilli());
      List<AuditEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String reference = rows.getString("reference");
          entries.add(
              new AuditEntry(
                  rows.getString("id"),
                  Instant.ofEpochMilli(rows.getLong("at_ms")),
                  rows.getString("cashier"),
                  AuditEntry.Action.valueOf(rows.getString("action")),
                  sourceOf(rows.getString("source")),
                  rows.getString("transaction_id"),
                  Optional.ofNullable(reference).map(ReferenceCode::new),
                  rows.getString("note")));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw SqlFailures.failure("read the audit trail from " + from + " to " + to, e);
    }
  }

  private static Optional<PaymentIntent> findIntent(Connection c, ReferenceCode reference)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT " + INTENT_COLUMNS + " FROM payment_intent WHERE reference = ?")) {
      select.setString(1, reference.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(IntentRows.intentOf(rows)) : Optional.empty();
      }
    }
  }

  private static TransferRecord transferOf(ResultSet row) throws SQLException {
    BankTransfer transfer =
        new BankTransfer(
            sourceOf(row.getString("source")),
            row.getString("transaction_id"),
            Instant.ofEpochMilli(row.getLong("booked_at_ms")),
            Money.ofDong(row.getLong("amount_dong")),
            row.getString("content"),
            row.getString("account"));
    String reference = row.getString("reference");
    return new TransferRecord(
        transfer,
        Instant.ofEpochMilli(row.getLong("received_at_ms")),
        TransferState.valueOf(row.getString("state")),
        row.getString("reason"),
        Optional.ofNullable(reference).map(ReferenceCode::new),
        row.getInt("manual") == 1,
        row.getInt("duplicates"));
  }

  private static TransferSource sourceOf(String key) {
    return TransferSource.valueOf(key.toUpperCase(java.util.Locale.ROOT));
  }
}
