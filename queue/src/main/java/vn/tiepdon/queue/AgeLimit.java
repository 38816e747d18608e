package vn.tiepdon.queue;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/**
 * Ages in completed years a service accepts: from {@code from} and, if set, under {@code under}.
 */
public record AgeLimit(int from, OptionalInt under) {
  public static final AgeLimit ANY = new AgeLimit(0, OptionalInt.empty());

  public AgeLimit {
    if (from < 0) {
      throw new IllegalArgumentException("ageFrom must be >= 0, was " + from);
    }
    if (under.isPresent() && under.getAsInt() <= from) {
      throw new IllegalArgumentException(
          "ageUnder must be greater than ageFrom " + from + ", was " + under.getAsInt());
    }
  }

  public boolean accepts(LocalDate birthDate, LocalDate today) {
    int age = Period.between(birthDate, today).getYears();
    return age >= from && (under.isEmpty() || age < under.getAsInt());
  }
}
