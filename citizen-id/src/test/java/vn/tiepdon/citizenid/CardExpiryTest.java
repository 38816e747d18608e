package vn.tiepdon.citizenid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardExpiryTest {

  @ParameterizedTest(name = "[{index}] {0} born {1} issued {2} -> {3} ({4})")
  @CsvSource(
      nullValues = "none",
      value = {
        // Milestone 25 (both laws).
        "CCCD_2021, 2000-05-10, 2021-05-10, 2025-05-10, issued at 21: renew at 25",
        "CCCD_2021, 2000-05-10, 2023-05-09, 2025-05-10, one day more than 2 years before 25",
        // Two-year rule: within two years before a milestone skips to the next one.
        "CCCD_2021, 2000-05-10, 2023-05-10, 2040-05-10, exactly 2 years before 25: next milestone",
        "CCCD_2021, 2000-05-10, 2024-06-30, 2040-05-10, issued at 24: renew at 40",
        "CCCD_2021, 2000-05-10, 2025-05-10, 2040-05-10, issued on the 25th birthday",
        // Milestone 40.
        "CCCD_2021, 1985-03-15, 2021-04-20, 2025-03-15, domain doc example 1: renew at 40",
        "CCCD_2021, 1985-03-15, 2023-03-15, 2045-03-15, exactly 2 years before 40: renew at 60",
        "CCCD_2021, 1985-03-15, 2023-03-14, 2025-03-15, one day before the two-year window",
        // Milestone 60.
        "CCCD_2021, 1970-01-01, 2021-01-01, 2030-01-01, issued at 51: renew at 60",
        "CCCD_2021, 1970-01-01, 2027-12-31, 2030-01-01, one day before turning 58",
        // No expiry from 58.
        "CCCD_2021, 1970-01-01, 2028-01-01, none, issued on the 58th birthday: no expiry",
        "CAN_CUOC_2024, 1948-06-12, 2024-07-01, none, issued at 76: no expiry",
        // Milestone 14 only under the 2023 law.
        "CAN_CUOC_2024, 2020-09-02, 2024-07-01, 2034-09-02, child issued at 3: renew at 14",
        "CAN_CUOC_2024, 2012-09-02, 2024-09-01, 2026-09-02, one day more than 2 years before 14",
        "CAN_CUOC_2024, 2012-09-02, 2024-09-02, 2037-09-02, exactly 2 years before 14: renew at 25",
        "CAN_CUOC_2024, 2012-09-02, 2024-09-03, 2037-09-02, within 2 years of 14",
        "CCCD_2021, 2008-01-01, 2021-06-01, 2033-01-01, CCCD has no milestone at 14",
        "CAN_CUOC_2024, 2004-09-02, 2025-03-05, 2029-09-02, domain doc: adult Căn cước at 20",
        "CAN_CUOC_2024, 1995-07-21, 2025-03-05, 2035-07-21, domain doc example 3",
        // 29 February birthdays fall on 28 February in common years.
        "CCCD_2021, 1996-02-29, 2021-06-01, 2036-02-29, leap year milestone",
        "CCCD_2021, 1997-02-28, 2021-06-01, 2037-02-28, ordinary date",
        "CCCD_2021, 2000-02-29, 2021-06-01, 2025-02-28, 25th birthday in a common year",
      })
  void expiresOnTheBirthdayOfTheFirstMilestoneMoreThanTwoYearsAway(
      CardType type, LocalDate born, LocalDate issued, LocalDate expiry, String why) {
    assertThat(CardExpiry.of(type, born, issued)).as(why).isEqualTo(Optional.ofNullable(expiry));
  }
}
