package vn.tiepdon.queue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * One priority group: its sort weight and how membership is known. Age-based groups are decided by
 * the birth date on the card; the others are declared on screen.
 */
public record PriorityGroup(PriorityCode code, int weight, Basis basis, int years) {

  /** How membership of a group is established. */
  public enum Basis {
    DECLARED,
    AGE_UNDER,
    AGE_AT_LEAST
  }

  public PriorityGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(basis, "basis");
    if (code.equals(PriorityCode.NONE)) {
      throw new IllegalArgumentException("code NONE is reserved for 'no priority'");
    }
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be > 0, was " + weight);
    }
    if (basis == Basis.DECLARED && years != 0) {
      throw new IllegalArgumentException("years must be 0 for a DECLARED group, was " + years);
    }
    if (basis != Basis.DECLARED && (years < 1 || years > 150)) {
      throw new IllegalArgumentException(
          "years must be between 1 and 150 for an age-based group, was " + years);
    }
  }

  public static PriorityGroup declared(PriorityCode code, int weight) {
    return new PriorityGroup(code, weight, Basis.DECLARED, 0);
  }

  public static PriorityGroup ageUnder(PriorityCode code, int weight, int years) {
    return new PriorityGroup(code, weight, Basis.AGE_UNDER, years);
  }

  public static PriorityGroup ageAtLeast(PriorityCode code, int weight, int years) {
    return new PriorityGroup(code, weight, Basis.AGE_AT_LEAST, years);
  }

  public boolean isAgeBased() {
    return basis != Basis.DECLARED;
  }

  /** Whether the birth date proves membership; empty for declared groups. */
  Optional<Boolean> matchesAge(LocalDate birthDate, LocalDate today) {
    int age = Period.between(birthDate, today).getYears();
    return switch (basis) {
      case DECLARED -> Optional.empty();
      case AGE_UNDER -> Optional.of(age < years);
      case AGE_AT_LEAST -> Optional.of(age >= years);
    };
  }
}
