package vn.tiepdon.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded ticket. It exists from the moment it is recorded, printed or not.
 *
 * @param day the business day in Asia/Ho_Chi_Minh; numbering restarts each day
 * @param position place in the queue when issued, 1 = next to be called
 * @param etaMinutes the wait promised when issued, kept as promised
 */
public record Ticket(
    TicketId id,
    RequestKey requestKey,
    SiteId site,
    ServiceCode service,
    LocalDate day,
    TicketNumber number,
    Instant issuedAt,
    Priority priority,
    int position,
    int etaMinutes,
    PrintStatus printStatus) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(printStatus, "printStatus");
    if (position < 1) {
      throw new IllegalArgumentException("position must be >= 1, was " + position);
    }
    if (etaMinutes < 0) {
      throw new IllegalArgumentException("etaMinutes must be >= 0, was " + etaMinutes);
    }
  }

  /** People to be called before this ticket when it was issued. */
  public int ahead() {
    return position - 1;
  }

  public Ticket withPrintStatus(PrintStatus status) {
    return new Ticket(
        id,
        requestKey,
        site,
        service,
        day,
        number,
        issuedAt,
        priority,
        position,
        etaMinutes,
        status);
  }
}
