package vn.tiepdon.citizenid.chip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

class BacKeyTest {

  @ParameterizedTest(name = "check digit of {0} is {1}")
  @CsvSource({
    "L898902C<, 3",
    "690806, 1",
    "940623, 6",
    "085001234, 7",
    "079085001234, 7",
    "850315, 0",
    "250315, 8",
    "'', 0",
  })
  void checkDigitsFollowDoc9303(String field, char digit) {
    assertThat(MrzCheckDigit.of(field)).isEqualTo(digit);
  }

  @Test
  void checkDigitRefusesCharactersOutsideTheMrzSet() {
    assertThatThrownBy(() -> MrzCheckDigit.of("12a4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MRZ character at position 3 must be 0-9, A-Z or '<', was 'a'");
  }

  @Test
  void icaoWorkedExampleD2() {
    BacKey key = new BacKey("L898902C<", LocalDate.of(1969, 8, 6), LocalDate.of(1994, 6, 23));

    assertThat(key.mrzInformation()).isEqualTo("L898902C<369080619406236");
    assertThat(HexFormat.of().withUpperCase().formatHex(key.keySeed()))
        .isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
  }

  /** The synthetic citizens of the domain notes, section 3.7 (K_seed cross-checked with JMRTD). */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "079085001234, 1985-03-15, 2021-04-20, CCCD_2021, 085001234785031502503158,"
        + " 39F339A8426EC6195BFDBF0A57CCA50A, 001234",
    "001304009876, 2004-09-02, 2021-10-10, CCCD_2021, 304009876704090272909026,"
        + " F69ED65E679525807E68FEA7D890010D, 009876",
    "048195005678, 1995-07-21, 2025-03-05, CAN_CUOC_2024, 195005678595072143507212,"
        + " F9610CFA96F2D5907AA118F042E0CF91, 005678",
  })
  void chipAccessFromTheCardMatchesTheDomainVectors(
      String id,
      LocalDate born,
      LocalDate issued,
      CardType type,
      String mrzInformation,
      String keySeed,
      String can) {
    CitizenId citizenId = CitizenId.of(id);
    CitizenCard card =
        CitizenCard.withLawfulExpiry(
            citizenId,
            Optional.empty(),
            "Người Mẫu",
            born,
            citizenId.sex(),
            "Việt Nam",
            issued,
            type);

    ChipAccess access = ChipAccess.of(card);
    BacKey key = access.bacKey().orElseThrow();

    assertThat(access.documentNumber()).isEqualTo(id.substring(3));
    assertThat(access.can()).isEqualTo(can);
    assertThat(key.mrzInformation()).isEqualTo(mrzInformation);
    assertThat(HexFormat.of().withUpperCase().formatHex(key.keySeed())).isEqualTo(keySeed);
  }

  @Test
  void aCardWithoutExpiryHasNoBacKeySoPaceIsTheWayIn() {
    CitizenCard card =
        CitizenCard.withLawfulExpiry(
            CitizenId.of("079048001234"),
            Optional.empty(),
            "Trần Văn Đức",
            LocalDate.of(1948, 6, 12),
            Sex.MALE,
            "Quận 1",
            LocalDate.of(2021, 4, 20),
            CardType.CCCD_2021);

    ChipAccess access = ChipAccess.of(card);

    assertThat(access.bacKey()).isEmpty();
    assertThat(access.can()).isEqualTo("001234");
  }

  @Test
  void documentNumberMustBeNineMrzCharacters() {
    assertThatThrownBy(
            () -> new BacKey("12345678", LocalDate.of(1990, 1, 1), LocalDate.of(2030, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("documentNumber must be 9 MRZ characters (0-9, A-Z, '<'), got 8 characters");
  }

  @Test
  void toStringHidesTheDigits() {
    BacKey key = new BacKey("085001234", LocalDate.of(1985, 3, 15), LocalDate.of(2025, 3, 15));

    assertThat(key.toString()).isEqualTo("BacKey[documentNumber=******234]").doesNotContain("1985");
  }
}
