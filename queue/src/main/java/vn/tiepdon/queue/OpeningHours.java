package vn.tiepdon.queue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a service hands out tickets: on these days, from {@code opens} until before {@code closes}.
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
  public OpeningHours {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (days.isEmpty()) {
      throw new IllegalArgumentException("openDays must not be empty");
    }
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("closes must be after opens " + opens + ", was " + closes);
    }
    days = Set.copyOf(days);
  }

  public static OpeningHours everyDay(LocalTime opens, LocalTime closes) {
    return new OpeningHours(EnumSet.allOf(DayOfWeek.class), opens, closes);
  }

  public boolean isOpen(LocalDateTime localTime) {
    LocalTime time = localTime.toLocalTime();
    return days.contains(localTime.getDayOfWeek())
        && !time.isBefore(opens)
        && time.isBefore(closes);
  }
}
