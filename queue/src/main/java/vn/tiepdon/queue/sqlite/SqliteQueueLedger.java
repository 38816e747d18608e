package vn.tiepdon.queue.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdon.queue.KioskId;
import vn.tiepdon.queue.NumberBlock;
import vn.tiepdon.queue.NumbersExhaustedException;
import vn.tiepdon.queue.PrintStatus;
import vn.tiepdon.queue.Priority;
import vn.tiepdon.queue.PriorityCode;
import vn.tiepdon.queue.PriorityOrigin;
import vn.tiepdon.queue.QueueLedger;
import vn.tiepdon.queue.QueueStorageException;
import vn.tiepdon.queue.RequestKey;
import vn.tiepdon.queue.ServiceCode;
import vn.tiepdon.queue.SiteId;
import vn.tiepdon.queue.Ticket;
import vn.tiepdon.queue.TicketId;
import vn.tiepdon.queue.TicketNumber;
import vn.tiepdon.queue.his.EncounterRef;
import vn.tiepdon.queue.his.SealedRegistration;
import vn.tiepdon.queue.his.Visit;
import vn.tiepdon.queue.his.VisitState;

/** The queue tables seen through one open transaction. */
final class SqliteQueueLedger implements QueueLedger {
  private static final String TICKET_COLUMNS =
      "ticket_id, request_key, site, service_code, service_day, number, issued_at_ms,"
          + " priority_group, sort_weight, priority_origin, position, eta_minutes, print_status";

  private final Connection connection;
  private final Numbering numbering;

  SqliteQueueLedger(Connection connection, Numbering numbering) {
    this.connection = connection;
    this.numbering = numbering;
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return one(
        "SELECT " + TICKET_COLUMNS + " FROM queue_ticket WHERE ticket_id = ?", id.toString());
  }

  @Override
  public Optional<Ticket> findByRequestKey(RequestKey key) {
    return one(
        "SELECT " + TICKET_COLUMNS + " FROM queue_ticket WHERE request_key = ?", key.value());
  }

  @Override
  public int issuedCount(SiteId site, ServiceCode service, LocalDate day) {
    return count(
        "SELECT count(*) FROM queue_ticket WHERE site = ? AND service_code = ? AND service_day = ?",
        site.value(),
        service.value(),
        day.toString());
  }

  @Override
  public TicketNumber nextNumber(SiteId site, ServiceCode service, LocalDate day) {
    if (numbering == Numbering.LEASED_BLOCKS) {
      return nextLeasedNumber(site, service, day);
    }
    String sql =
        "INSERT INTO queue_sequence (site, service_code, service_day, last_number)"
            + " VALUES (?, ?, ?, 1)"
            + " ON CONFLICT (site, service_code, service_day)"
            + " DO UPDATE SET last_number = last_number + 1"
            + " RETURNING last_number";
    return query(
        sql,
        rs -> {
          if (!rs.next()) {
            throw new SQLException("sequence upsert returned no row");
          }
          return TicketNumber.of(rs.getInt(1));
        },
        site.value(),
        service.value(),
        day.toString());
  }

  private TicketNumber nextLeasedNumber(SiteId site, ServiceCode service, LocalDate day) {
    String sql =
        "UPDATE queue_number_block SET next_number = next_number + 1 WHERE lease_id = ("
            + "SELECT lease_id FROM queue_number_block WHERE site = ? AND service_code = ?"
            + " AND service_day = ? AND next_number <= last_number ORDER BY first_number LIMIT 1)"
            + " RETURNING next_number - 1";
    int number =
        query(
            sql, rs -> rs.next() ? rs.getInt(1) : 0, site.value(), service.value(), day.toString());
    if (number == 0) {
      throw new NumbersExhaustedException(service, day, "this kiosk's leased blocks are used up");
    }
    return TicketNumber.of(number);
  }

  @Override
  public void addBlock(NumberBlock b) {
    update(
        "INSERT INTO queue_number_block (lease_id, kiosk, site, service_code, service_day,"
            + " first_number, last_number, next_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        b.leaseId(),
        b.kiosk().value(),
        b.site().value(),
        b.service().value(),
        b.day().toString(),
        b.first(),
        b.last(),
        b.next());
  }

  @Override
  public List<NumberBlock> openBlocks(SiteId site, ServiceCode service, LocalDate day) {
    return blocks(
        "WHERE site = ? AND service_code = ? AND service_day = ? AND next_number <= last_number"
            + " ORDER BY first_number",
        site.value(),
        service.value(),
        day.toString());
  }

  @Override
  public List<NumberBlock> openBlocks(SiteId site, LocalDate day) {
    return blocks(
        "WHERE site = ? AND service_day = ? AND next_number <= last_number"
            + " ORDER BY service_code, first_number",
        site.value(),
        day.toString());
  }

  @Override
  public void closeBlocks(SiteId site, LocalDate day) {
    update(
        "UPDATE queue_number_block SET returned_from = next_number, next_number = last_number + 1"
            + " WHERE site = ? AND service_day = ? AND next_number <= last_number",
        site.value(),
        day.toString());
  }

  @Override
  public List<NumberBlock> unsentReturns(SiteId site) {
    return query(
        "SELECT lease_id, kiosk, site, service_code, service_day, first_number, last_number,"
            + " returned_from FROM queue_number_block WHERE site = ? AND returned_from IS NOT NULL"
            + " AND return_sent = 0 ORDER BY service_day, service_code, first_number",
        SqliteQueueLedger::blockRows,
        site.value());
  }

  @Override
  public void markReturnSent(String leaseId) {
    update("UPDATE queue_number_block SET return_sent = 1 WHERE lease_id = ?", leaseId);
  }

  private List<NumberBlock> blocks(String tail, Object... args) {
    return query(
        "SELECT lease_id, kiosk, site, service_code, service_day, first_number, last_number,"
            + " next_number FROM queue_number_block "
            + tail,
        SqliteQueueLedger::blockRows,
        args);
  }

  private static List<NumberBlock> blockRows(ResultSet rs) throws SQLException {
    List<NumberBlock> blocks = new ArrayList<>();
    while (rs.next()) {
      blocks.add(
          new NumberBlock(
              rs.getString(1),
              KioskId.of(rs.getString(2)),
              SiteId.of(rs.getString(3)),
              ServiceCode.of(rs.getString(4)),
              LocalDate.parse(rs.getString(5)),
              rs.getInt(6),
              rs.getInt(7),
              rs.getInt(8)));
    }
    return blocks;
  }

  @Override
  public int waitingAhead(SiteId site, ServiceCode service, LocalDate day, int sortWeight) {
    return count(
        "SELECT count(*) FROM queue_ticket WHERE site = ? AND service_day = ? AND service_code = ?"
            + " AND served_at_ms IS NULL AND sort_weight >= ?",
        site.value(),
        day.toString(),
        service.value(),
        sortWeight);
  }

  @Override
  public List<Duration> recentServiceTimes(SiteId site, ServiceCode service, int limit) {
    return query(
        "SELECT service_seconds FROM queue_ticket WHERE site = ? AND service_code = ?"
            + " AND served_at_ms IS NOT NULL ORDER BY served_at_ms DESC LIMIT ?",
        rs -> {
          List<Duration> times = new ArrayList<>();
          while (rs.next()) {
            times.add(Duration.ofSeconds(rs.getLong(1)));
          }
          return times;
        },
        site.value(),
        service.value(),
        limit);
  }

  @Override
  public void insert(Ticket t) {
    update(
        "INSERT INTO queue_ticket ("
            + TICKET_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.id().toString(),
        t.requestKey().value(),
        t.site().value(),
        t.service().value(),
        t.day().toString(),
        t.number().value(),
        t.issuedAt().toEpochMilli(),
        t.priority().group().value(),
        t.priority().sortWeight(),
        t.priority().origin().name(),
        t.position(),
        t.etaMinutes(),
        t.printStatus().name());
  }

  @Override
  public void updatePrintStatus(TicketId id, PrintStatus status, Instant at) {
    requireOneRow(
        update(
            "UPDATE queue_ticket SET print_status = ?, print_updated_at_ms = ? WHERE ticket_id = ?",
            status.name(),
            at.toEpochMilli(),
            id.toString()),
        id);
  }

  @Override
  public void recordServed(TicketId id, Duration serviceTime, Instant at) {
    requireOneRow(
        update(
            "UPDATE queue_ticket SET served_at_ms = ?, service_seconds = ? WHERE ticket_id = ?",
            at.toEpochMilli(),
            serviceTime.toSeconds(),
            id.toString()),
        id);
  }

  @Override
  public List<Ticket> ticketsOn(SiteId site, LocalDate day) {
    return query(
        "SELECT "
            + TICKET_COLUMNS
            + " FROM queue_ticket WHERE site = ? AND service_day = ?"
            + " ORDER BY issued_at_ms, rowid",
        rs -> {
          List<Ticket> tickets = new ArrayList<>();
          while (rs.next()) {
            tickets.add(ticket(rs));
          }
          return tickets;
        },
        site.value(),
        day.toString());
  }

  @Override
  public Map<ServiceCode, Integer> issuedCounts(SiteId site, LocalDate day) {
    return countsByService(
        "SELECT service_code, count(*) FROM queue_ticket WHERE site = ? AND service_day = ?"
            + " GROUP BY service_code",
        site,
        day);
  }

  @Override
  public Map<ServiceCode, Integer> waitingCounts(SiteId site, LocalDate day) {
    return countsByService(
        "SELECT service_code, count(*) FROM queue_ticket WHERE site = ? AND service_day = ?"
            + " AND served_at_ms IS NULL GROUP BY service_code",
        site,
        day);
  }

  @Override
  public void recordVisit(Visit visit, Instant at) {
    update(
        "INSERT INTO queue_visit (ticket_id, state, encounter_ref, his_number, updated_at_ms)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET state = excluded.state,"
            + " encounter_ref = excluded.encounter_ref, his_number = excluded.his_number,"
            + " updated_at_ms = excluded.updated_at_ms",
        visit.ticket().toString(),
        visit.state().name(),
        visit.encounter().map(EncounterRef::value).orElse(null),
        visit.hisNumber().orElse(null),
        at.toEpochMilli());
  }

  @Override
  public Optional<Visit> visit(TicketId ticket) {
    return query(
        "SELECT state, encounter_ref, his_number FROM queue_visit WHERE ticket_id = ?",
        rs ->
            rs.next()
                ? Optional.of(
                    new Visit(
                        ticket,
                        VisitState.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)).map(EncounterRef::of),
                        Optional.ofNullable(rs.getString(3))))
                : Optional.empty(),
        ticket.toString());
  }

  @Override
  public void enqueue(SealedRegistration r) {
    update(
        "INSERT INTO queue_his_outbox (request_key, ticket_id, key_id, sealed, created_at_ms,"
            + " attempts) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_key) DO NOTHING",
        r.key().value(),
        r.ticket().toString(),
        r.keyId(),
        r.sealed(),
        r.createdAt().toEpochMilli(),
        r.attempts());
  }

  @Override
  public List<SealedRegistration> waiting(int limit) {
    return outbox("ORDER BY seq LIMIT ?", limit);
  }

  @Override
  public List<SealedRegistration> waitingSince(Instant cutoff) {
    return outbox("WHERE created_at_ms < ? ORDER BY seq", cutoff.toEpochMilli());
  }

  @Override
  public void remove(RequestKey key) {
    update("DELETE FROM queue_his_outbox WHERE request_key = ?", key.value());
  }

  @Override
  public void noteAttempt(RequestKey key, Instant at, String why) {
    update(
        "UPDATE queue_his_outbox SET attempts = attempts + 1, last_attempt_at_ms = ?,"
            + " last_error = ? WHERE request_key = ?",
        at.toEpochMilli(),
        why.length() > 500 ? why.substring(0, 500) : why,
        key.value());
  }

  private List<SealedRegistration> outbox(String tail, Object... args) {
    return query(
        "SELECT request_key, ticket_id, key_id, sealed, created_at_ms, attempts"
            + " FROM queue_his_outbox "
            + tail,
        rs -> {
          List<SealedRegistration> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(
                new SealedRegistration(
                    RequestKey.of(rs.getString(1)),
                    new TicketId(UUID.fromString(rs.getString(2))),
                    rs.getString(3),
                    rs.getBytes(4),
                    Instant.ofEpochMilli(rs.getLong(5)),
                    rs.getInt(6)));
          }
          return rows;
        },
        args);
  }

  private Map<ServiceCode, Integer> countsByService(String sql, SiteId site, LocalDate day) {
    return query(
        sql,
        rs -> {
          Map<ServiceCode, Integer> counts = new LinkedHashMap<>();
          while (rs.next()) {
            counts.put(ServiceCode.of(rs.getString(1)), rs.getInt(2));
          }
          return counts;
        },
        site.value(),
        day.toString());
  }

  private static Ticket ticket(ResultSet rs) throws SQLException {
    return new Ticket(
        new TicketId(UUID.fromString(rs.getString("ticket_id"))),
        RequestKey.of(rs.getString("request_key")),
        SiteId.of(rs.getString("site")),
        ServiceCode.of(rs.getString("service_code")),
        LocalDate.parse(rs.getString("service_day")),
        TicketNumber.of(rs.getInt("number")),
        Instant.ofEpochMilli(rs.getLong("issued_at_ms")),
        new Priority(
            PriorityCode.of(rs.getString("priority_group")),
            rs.getInt("sort_weight"),
            PriorityOrigin.valueOf(rs.getString("priority_origin"))),
        rs.getInt("position"),
        rs.getInt("eta_minutes"),
        PrintStatus.valueOf(rs.getString("print_status")));
  }

  private Optional<Ticket> one(String sql, Object... args) {
    return query(sql, rs -> rs.next() ? Optional.of(ticket(rs)) : Optional.empty(), args);
  }

  private int count(String sql, Object... args) {
    return query(sql, rs -> rs.next() ? rs.getInt(1) : 0, args);
  }

  private static void requireOneRow(int rows, TicketId id) {
    if (rows != 1) {
      throw new IllegalStateException("expected one ticket row for " + id + ", updated " + rows);
    }
  }

  @FunctionalInterface
  private interface Rows<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Rows<T> rows, Object... args) {
    try (PreparedStatement statement = prepare(sql, args);
        ResultSet rs = statement.executeQuery()) {
      return rows.read(rs);
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement statement = prepare(sql, args)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }

  private static QueueStorageException failure(String sql, SQLException e) {
    return new QueueStorageException("queue store statement failed: " + sql, e);
  }
}
