package vn.tiepdon.payment.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Date or date-time layouts a statement uses, tried in order, and the zone of times without an
 * offset (bank statements print Vietnam local time). A date without time is its midnight.
 *
 * @param zone zone of local times
 * @param patterns {@link DateTimeFormatter} patterns; empty means ISO-8601
 */
public record DateFormats(ZoneId zone, List<String> patterns) {
  /** ISO-8601 with offset ({@code 2026-12-01T09:15:00+07:00}) or local Vietnam time. */
  public static final DateFormats ISO = new DateFormats(CsvStatementFormat.VIETNAM, List.of());

  public DateFormats {
    Objects.requireNonNull(zone, "zone");
    patterns = List.copyOf(patterns);
    for (String p : patterns) {
      DateTimeFormatter.ofPattern(p); // an invalid pattern fails here, naming itself
    }
  }

  public static DateFormats of(ZoneId zone, String... patterns) {
    return new DateFormats(zone, List.of(patterns));
  }

  /**
   * @throws IllegalArgumentException naming the text and the layouts tried
   */
  public Instant parse(String text) {
    String t = text == null ? "" : text.strip();
    if (patterns.isEmpty()) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e2) {
          throw new IllegalArgumentException(
              "not an ISO-8601 date-time (e.g. 2026-12-01T09:15:00+07:00): \"" + text + "\"");
        }
      }
    }
    for (String pattern : patterns) {
      DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern);
      try {
        if (pattern.contains("H")) {
          return LocalDateTime.parse(t, format).atZone(zone).toInstant();
        }
        return LocalDate.parse(t, format).atStartOfDay(zone).toInstant();
      } catch (DateTimeParseException e) {
        // next layout
      }
    }
    throw new IllegalArgumentException("not a date in any of " + patterns + ": \"" + text + "\"");
  }
}
