package vn.tiepdon.queue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** One service (department / clinic) patients can take a ticket for. */
public record ClinicService(
    ServiceCode code,
    String nameVi,
    String nameEn,
    String roomVi,
    String roomEn,
    OpeningHours hours,
    int dailyCapacity,
    AgeLimit ages,
    Fees fees) {

  public ClinicService {
    Objects.requireNonNull(code, "code");
    requireText("nameVi", nameVi);
    requireText("nameEn", nameEn);
    requireText("roomVi", roomVi);
    requireText("roomEn", roomEn);
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(ages, "ages");
    Objects.requireNonNull(fees, "fees");
    if (dailyCapacity < 1 || dailyCapacity > TicketNumber.MAX) {
      throw new IllegalArgumentException(
          "dailyCapacity must be between 1 and " + TicketNumber.MAX + ", was " + dailyCapacity);
    }
  }

  /**
   * Whether a patient may take a ticket now. Without a birth date (a child without a card) the age
   * limit is left to the counter. Closed comes first: a closed service is closed for everyone.
   */
  public Eligibility eligibility(
      Optional<LocalDate> birthDate, ZonedDateTime localNow, int issuedToday) {
    if (!hours.isOpen(localNow.withZoneSameInstant(QueueDay.ZONE).toLocalDateTime())) {
      return Eligibility.CLOSED;
    }
    LocalDate today = localNow.withZoneSameInstant(QueueDay.ZONE).toLocalDate();
    if (birthDate.isPresent() && !ages.accepts(birthDate.get(), today)) {
      return Eligibility.AGE;
    }
    if (issuedToday >= dailyCapacity) {
      return Eligibility.FULL;
    }
    return Eligibility.ELIGIBLE;
  }

  /** The age rule alone, for greying out tiles before the patient picks one. */
  public Eligibility eligible(LocalDate birthDate, LocalDate today) {
    return ages.accepts(birthDate, today) ? Eligibility.ELIGIBLE : Eligibility.AGE;
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }
}
