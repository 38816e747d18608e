package vn.tiepdon.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClinicServiceTest {
  private final ServiceCatalogue catalogue = DemoCatalogue.catalogue();
  private final ClinicService noi = catalogue.require(ServiceCode.of("NOI"));
  private final ClinicService nhi = catalogue.require(ServiceCode.of("NHI"));
  private final ClinicService daLieu = catalogue.require(ServiceCode.of("DALIEU"));

  /** Monday 23 November 2026, local time in Vietnam. */
  private static ZonedDateTime monday(int hour, int minute) {
    return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(QueueDay.ZONE);
  }

  private static Optional<LocalDate> born(String date) {
    return Optional.of(LocalDate.parse(date));
  }

  @Test
  void paediatricsTakesChildrenUntilTheirSixteenthBirthday() {
    assertThat(nhi.eligibility(born("2010-11-24"), monday(9, 0), 0))
        .isEqualTo(Eligibility.ELIGIBLE);
    assertThat(nhi.eligibility(born("2010-11-23"), monday(9, 0), 0)).isEqualTo(Eligibility.AGE);
    assertThat(nhi.eligible(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-11-23")))
        .isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void internalMedicineSendsChildrenToPaediatrics() {
    assertThat(noi.eligibility(born("2015-05-01"), monday(9, 0), 0)).isEqualTo(Eligibility.AGE);
    assertThat(noi.eligibility(born("1985-03-15"), monday(9, 0), 0))
        .isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void withoutABirthDateTheAgeIsLeftToTheCounter() {
    assertThat(nhi.eligibility(Optional.empty(), monday(9, 0), 0)).isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void fullWhenTheDailyCapacityIsUsed() {
    assertThat(noi.eligibility(born("1985-03-15"), monday(9, 0), 399))
        .isEqualTo(Eligibility.ELIGIBLE);
    assertThat(noi.eligibility(born("1985-03-15"), monday(9, 0), 400)).isEqualTo(Eligibility.FULL);
  }

  @Test
  void closedOutsideOpeningHoursAndDays() {
    Optional<LocalDate> adult = born("1985-03-15");
    assertThat(noi.eligibility(adult, monday(6, 59), 0)).isEqualTo(Eligibility.CLOSED);
    assertThat(noi.eligibility(adult, monday(7, 0), 0)).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(noi.eligibility(adult, monday(16, 29), 0)).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(noi.eligibility(adult, monday(16, 30), 0)).isEqualTo(Eligibility.CLOSED);
    ZonedDateTime saturday = monday(9, 0).minusDays(2);
    assertThat(noi.eligibility(adult, saturday, 0)).isEqualTo(Eligibility.ELIGIBLE);
    assertThat(daLieu.eligibility(adult, saturday, 0)).isEqualTo(Eligibility.CLOSED);
    assertThat(noi.eligibility(adult, saturday.minusDays(6), 0)).isEqualTo(Eligibility.CLOSED);
  }

  @Test
  void hoursAreVietnamTimeWhateverZoneTheCallerUses() {
    ZonedDateTime nineInHanoiSeenFromUtc =
        monday(9, 0).withZoneSameInstant(java.time.ZoneOffset.UTC);

    assertThat(noi.eligibility(born("1985-03-15"), nineInHanoiSeenFromUtc, 0))
        .isEqualTo(Eligibility.ELIGIBLE);
  }

  @Test
  void closedWinsOverFullAndAge() {
    assertThat(noi.eligibility(born("2020-01-01"), monday(20, 0), 1000))
        .isEqualTo(Eligibility.CLOSED);
  }
}
