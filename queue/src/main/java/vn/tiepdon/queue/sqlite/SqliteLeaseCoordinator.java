package vn.tiepdon.queue.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.tiepdon.queue.CoordinatorUnavailableException;
import vn.tiepdon.queue.KioskId;
import vn.tiepdon.queue.LeaseCoordinator;
import vn.tiepdon.queue.NumberBlock;
import vn.tiepdon.queue.NumbersExhaustedException;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;

/**
 * The site coordinator on a JDBC database shared by the site's kiosks (SQLite here and in tests;
 * the SQL is portable to PostgreSQL). A lease is one transaction whose first statement writes the
 * sequence row, so concurrent leases are serialised by the database and never overlap. Any database
 * failure is reported as {@link CoordinatorUnavailableException}: for a kiosk, a coordinator it
 * cannot open is a coordinator that is down.
 */
public final class SqliteLeaseCoordinator implements LeaseCoordinator {
  public static final String HISTORY_TABLE = "flyway_history_queue_coordinator";
  public static final String LOCATION = "classpath:db/migration/queue-coordinator";

  private final DataSource dataSource;
  private final Clock clock;

  public SqliteLeaseCoordinator(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Brings the coordinator's tables up to date; returns how many migrations ran. */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(SqliteLeaseCoordinator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** A lease as the coordinator recorded it; numbers from {@code returnedFrom} on came back. */
  public record Lease(
      String leaseId, KioskId kiosk, int first, int last, OptionalInt returnedFrom) {}

  @Override
  public NumberBlock lease(
      KioskId kiosk, SiteId site, ServiceCode service, LocalDate day, int size, int capacity) {
    if (size < 1) {
      throw new IllegalArgumentException("block size must be >= 1, was " + size);
    }
    if (capacity < 1 || capacity > vn.tiepdon.queue.TicketNumber.MAX) {
      throw new IllegalArgumentException("capacity must be 1-9999, was " + capacity);
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        NumberBlock block = lease(c, kiosk, site, service, day, size, capacity);
        c.commit();
        return block;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new CoordinatorUnavailableException(
          "site coordinator unavailable: " + e.getMessage(), e);
    }
  }

  private NumberBlock lease(
      Connection c,
      KioskId kiosk,
      SiteId site,
      ServiceCode service,
      LocalDate day,
      int size,
      int capacity)
      throws SQLException {
    execute(
        c,
        "INSERT INTO coordinator_sequence (site, service_code, service_day, prev_leased,"
            + " last_leased) VALUES (?, ?, ?, 0, 0) ON CONFLICT (site, service_code, service_day)"
            + " DO NOTHING",
        site.value(),
        service.value(),
        day.toString());
    int first;
    int last;
    try (PreparedStatement s =
            prepare(
                c,
                "UPDATE coordinator_sequence SET prev_leased = last_leased, last_leased = CASE WHEN"
                    + " last_leased + ? > ? THEN ? ELSE last_leased + ? END WHERE site = ? AND"
                    + " service_code = ? AND service_day = ? AND last_leased < ?"
                    + " RETURNING prev_leased, last_leased",
                size,
                capacity,
                capacity,
                size,
                site.value(),
                service.value(),
                day.toString(),
                capacity);
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new NumbersExhaustedException(
            service, day, "all " + capacity + " numbers of the day are leased");
      }
      first = rs.getInt(1) + 1;
      last = rs.getInt(2);
    }
    String leaseId = UUID.randomUUID().toString();
    execute(
        c,
        "INSERT INTO coordinator_lease (lease_id, kiosk, site, service_code, service_day,"
            + " first_number, last_number, leased_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        leaseId,
        kiosk.value(),
        site.value(),
        service.value(),
        day.toString(),
        first,
        last,
        clock.millis());
    return new NumberBlock(leaseId, kiosk, site, service, day, first, last, first);
  }

  @Override
  public void giveBack(String leaseId, int from) {
    Objects.requireNonNull(leaseId, "leaseId");
    try (Connection c = dataSource.getConnection()) {
      int rows =
          execute(
              c,
              "UPDATE coordinator_lease SET returned_from = ? WHERE lease_id = ?"
                  + " AND ? BETWEEN first_number AND last_number + 1"
                  + " AND (returned_from IS NULL OR returned_from > ?)",
              from,
              leaseId,
              from,
              from);
      if (rows == 0 && leases(c, "WHERE lease_id = ?", leaseId).isEmpty()) {
        throw new IllegalArgumentException("no lease '" + leaseId + "' at the coordinator");
      }
    } catch (SQLException e) {
      throw new CoordinatorUnavailableException(
          "site coordinator unavailable: " + e.getMessage(), e);
    }
  }

  /** Every lease of a service and day, lowest first: the day's numbering audit. */
  public List<Lease> leases(SiteId site, ServiceCode service, LocalDate day) {
    try (Connection c = dataSource.getConnection()) {
      return leases(
          c,
          "WHERE site = ? AND service_code = ? AND service_day = ? ORDER BY first_number",
          site.value(),
          service.value(),
          day.toString());
    } catch (SQLException e) {
      throw new CoordinatorUnavailableException(
          "site coordinator unavailable: " + e.getMessage(), e);
    }
  }

  private static List<Lease> leases(Connection c, String tail, Object... args) throws SQLException {
    try (PreparedStatement s =
            prepare(
                c,
                "SELECT lease_id, kiosk, first_number, last_number, returned_from"
                    + " FROM coordinator_lease "
                    + tail,
                args);
        ResultSet rs = s.executeQuery()) {
      List<Lease> leases = new ArrayList<>();
      while (rs.next()) {
        int returned = rs.getInt(5);
        OptionalInt returnedFrom = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(returned);
        leases.add(
            new Lease(
                rs.getString(1),
                KioskId.of(rs.getString(2)),
                rs.getInt(3),
                rs.getInt(4),
                returnedFrom));
      }
      return leases;
    }
  }

  private static int execute(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }
}
