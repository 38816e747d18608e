package vn.tiepdon.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The business day of a hospital in Vietnam. Numbering restarts at local midnight whatever zone the
 * kiosk's clock or the server runs in (the bug bcgov/queue-management PR 626 fixed late).
 */
public final class QueueDay {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private QueueDay() {}

  public static LocalDate of(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static ZonedDateTime local(Instant instant) {
    return instant.atZone(ZONE);
  }
}
