package vn.tiepdon.citizenid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

  @Test
  void masksAllButTheFirstAndLastThreeDigits() {
    CitizenId id = CitizenId.of("079085001234");

    assertThat(id.masked()).isEqualTo("079******234");
    assertThat(id).hasToString("079******234");
    assertThat(id.value()).isEqualTo("079085001234");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "07908500123; must be exactly 12 digits, got 11 characters",
        "0790850012345; must be exactly 12 digits, got 13 characters",
        "''; must be exactly 12 digits, got 0 characters",
        "07908500123A; must be digits only, found a non-digit at position 12",
        "079 85001234; must be digits only, found a non-digit at position 4",
        "０79085001234; must be digits only, found a non-digit at position 1",
      })
  void refusesAnythingButTwelveAsciiDigitsWithoutEchoingTheNumber(String value, String problem) {
    assertThatThrownBy(() -> CitizenId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("citizen id " + problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("85001"));
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> CitizenId.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("citizen id must not be null");
  }

  @ParameterizedTest(name = "century digit of {0}: born {1}, {2}")
  @CsvSource({
    "001085001234, 1985, MALE",
    "001185001234, 1985, FEMALE",
    "001204001234, 2004, MALE",
    "001304001234, 2004, FEMALE",
    "001400001234, 2100, MALE",
    "001599001234, 2199, FEMALE",
    "001612001234, 2212, MALE",
    "001712001234, 2212, FEMALE",
    "001800001234, 2300, MALE",
    "001999001234, 2399, FEMALE",
  })
  void centuryAndSexDigitGivesBirthYearAndSex(String value, int birthYear, Sex sex) {
    CitizenId id = CitizenId.of(value);

    assertThat(id.birthYear()).isEqualTo(birthYear);
    assertThat(id.sex()).isEqualTo(sex);
  }

  @Test
  void splitsIntoProvinceDocumentNumberAndCardAccessNumber() {
    CitizenId id = CitizenId.of("048195005678");

    assertThat(id.provinceCode()).isEqualTo("048");
    assertThat(id.documentNumber()).isEqualTo("195005678");
    assertThat(id.cardAccessNumber()).isEqualTo("005678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"079085001234", "001304009876"})
  void equalByValue(String value) {
    assertThat(CitizenId.of(value))
        .isEqualTo(CitizenId.of(value))
        .hasSameHashCodeAs(CitizenId.of(value));
    assertThat(CitizenId.of(value)).isNotEqualTo(CitizenId.of("048195005678"));
  }
}
