package vn.tiepdon.citizenid.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.qr.CccdQrParser;
import vn.tiepdon.citizenid.qr.CccdQrReading;

class MadeUpCitizensTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Clock on(String date) {
    return Clock.fixed(LocalDate.parse(date).atStartOfDay(VIETNAM).toInstant(), VIETNAM);
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2024-10-01", "2025-06-01", "2026-11-22", "2029-02-28", "2036-08-19"})
  void everyCitizenParsesCleanlyToTheSameCard(String date) throws Exception {
    Clock clock = on(date);
    CccdQrParser parser = new CccdQrParser(clock);

    for (MadeUpCitizen citizen : MadeUpCitizens.asOf(clock)) {
      CccdQrReading reading = parser.parse(citizen.qrText());

      assertThat(reading.card()).as(citizen.label()).isEqualTo(citizen.card());
      assertThat(reading.warnings()).as(citizen.label()).isEmpty();
      assertThat(reading.province()).as(citizen.label()).isPresent();
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2024-10-01", "2026-11-22", "2036-08-19"})
  void coverTheCasesTheKioskMustHandle(String date) {
    LocalDate today = LocalDate.parse(date);
    List<CitizenCard> cards =
        MadeUpCitizens.asOf(on(date)).stream().map(MadeUpCitizen::card).toList();

    assertThat(cards).hasSize(8);
    assertThat(cards).extracting(CitizenCard::cardType).contains(CardType.values());
    assertThat(cards).extracting(CitizenCard::sex).contains(Sex.values());
    assertThat(cards).anyMatch(card -> age(card, today) >= 75);
    assertThat(cards).anyMatch(card -> age(card, today) < 6);
    assertThat(cards).anyMatch(card -> card.dateOfBirth().getYear() < 2000);
    assertThat(cards).anyMatch(card -> card.dateOfBirth().getYear() >= 2000);
    assertThat(cards).anyMatch(card -> card.oldId().isPresent());
    assertThat(cards).anyMatch(card -> card.oldId().isEmpty());
    assertThat(cards).anyMatch(card -> card.expiryDate().isEmpty());
    assertThat(cards).anyMatch(card -> card.expiryDate().isPresent());
    assertThat(cards)
        .extracting(CitizenCard::fullName)
        .contains("Nguyễn Thị Ngọc Ánh", "Trần Văn Đức");
    assertThat(cards).extracting(card -> card.id().value()).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-09-30", "2020-01-01"})
  void refusesClocksBeforeCanCuocCardsCouldHaveBeenIssuedMonthsAgo(String date) {
    assertThatThrownBy(() -> MadeUpCitizens.asOf(on(date)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("today must be on or after 2024-10-01, was " + date);
  }

  private static int age(CitizenCard card, LocalDate today) {
    return Period.between(card.dateOfBirth(), today).getYears();
  }
}
