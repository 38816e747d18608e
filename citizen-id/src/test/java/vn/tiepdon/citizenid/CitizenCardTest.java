package vn.tiepdon.citizenid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenCardTest {
  private static final CitizenId AN = CitizenId.of("079085001234");
  private static final LocalDate BORN = LocalDate.of(1985, 3, 15);
  private static final LocalDate ISSUED = LocalDate.of(2021, 4, 20);

  private static CitizenCard card(
      CitizenId id, String oldId, String name, LocalDate born, Sex sex, LocalDate issued) {
    return CitizenCard.withLawfulExpiry(
        id,
        Optional.ofNullable(oldId),
        name,
        born,
        sex,
        "12 Lê Lợi, Quận 1, TP. Hồ Chí Minh",
        issued,
        CardType.CCCD_2021);
  }

  @Test
  void computesTheLawfulExpiry() {
    CitizenCard card = card(AN, "025123456", "Nguyễn Văn An", BORN, Sex.MALE, ISSUED);

    assertThat(card.expiryDate()).contains(LocalDate.of(2025, 3, 15));
    assertThat(card.expiredOn(LocalDate.of(2025, 3, 15))).isFalse();
    assertThat(card.expiredOn(LocalDate.of(2025, 3, 16))).isTrue();
  }

  @Test
  void aCardWithoutExpiryNeverExpires() {
    CitizenCard card =
        card(
            CitizenId.of("079048001234"),
            null,
            "Trần Văn Đức",
            LocalDate.of(1948, 6, 12),
            Sex.MALE,
            ISSUED);

    assertThat(card.expiryDate()).isEmpty();
    assertThat(card.expiredOn(LocalDate.of(2999, 1, 1))).isFalse();
  }

  @Test
  void storesNamesInNfcSoDecomposedInputIsEqual() {
    String nfd = Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFD);
    CitizenCard fromNfd = card(CitizenId.of("001185001234"), null, nfd, BORN, Sex.FEMALE, ISSUED);
    CitizenCard fromNfc =
        card(CitizenId.of("001185001234"), null, "Nguyễn Thị Ngọc Ánh", BORN, Sex.FEMALE, ISSUED);

    assertThat(nfd).isNotEqualTo("Nguyễn Thị Ngọc Ánh");
    assertThat(fromNfd).isEqualTo(fromNfc);
    assertThat(fromNfd.fullName()).isEqualTo("Nguyễn Thị Ngọc Ánh");
  }

  @Test
  void toStringRevealsNeitherTheIdNorTheNameNorTheOldId() {
    CitizenCard card = card(AN, "025123456", "Nguyễn Văn An", BORN, Sex.MALE, ISSUED);

    assertThat(card.toString())
        .contains("079******234")
        .doesNotContain("079085001234", "085001", "Nguyễn", "025123456", "Lê Lợi");
  }

  @ParameterizedTest(name = "old CMND {0} accepted")
  @ValueSource(strings = {"025123456", "025123456789"})
  void oldIdHasNineOrTwelveDigits(String oldId) {
    assertThat(card(AN, oldId, "Nguyễn Văn An", BORN, Sex.MALE, ISSUED).oldId()).contains(oldId);
  }

  @ParameterizedTest(name = "[{index}] {6}")
  @CsvSource(
      nullValues = "none",
      value = {
        "079085001234, 02512345, Nguyễn Văn An, 1985-03-15, MALE, OLD_ID:WRONG_LENGTH, 8-digit CMND",
        "079085001234, 0251234567, Nguyễn Văn An, 1985-03-15, MALE, OLD_ID:WRONG_LENGTH, 10 digits",
        "079085001234, 02512345A, Nguyễn Văn An, 1985-03-15, MALE, OLD_ID:NOT_DIGITS, letter",
        "079085001234, none, '  ', 1985-03-15, MALE, FULL_NAME:MISSING, blank name",
        "079085001234, none, Nguyễn\u0007An, 1985-03-15, MALE, FULL_NAME:BAD_CHARACTERS, bell",
        "079085001234, none, Nguy\uFFFDn An, 1985-03-15, MALE, FULL_NAME:BAD_CHARACTERS, U+FFFD",
        "079085001234, none, Nguyễn Văn An 2, 1985-03-15, MALE, FULL_NAME:BAD_CHARACTERS, digit",
        "079085001234, none, Nguyá»…n An, 1985-03-15, MALE, FULL_NAME:BAD_CHARACTERS, mojibake",
        "079085001234, none, \u202eNguyễn An, 1985-03-15, MALE, FULL_NAME:BAD_CHARACTERS, RTL override",
        "079086001234, none, Nguyễn Văn An, 1985-03-15, MALE, ID:DOES_NOT_MATCH_DATE_OF_BIRTH, YY",
        "079285001234, none, Nguyễn Văn An, 1985-03-15, MALE, ID:DOES_NOT_MATCH_DATE_OF_BIRTH, century",
        "079185001234, none, Nguyễn Văn An, 1985-03-15, MALE, SEX:DOES_NOT_MATCH_ID, odd digit: woman",
        "079085001234, none, Nguyễn Thị An, 1985-03-15, FEMALE, SEX:DOES_NOT_MATCH_ID, even: man",
      })
  void breakingARuleNamesTheFieldAndProblem(
      String id, String oldId, String name, LocalDate born, Sex sex, String expected, String why) {
    assertThatThrownBy(() -> card(CitizenId.of(id), oldId, name, born, sex, ISSUED))
        .as(why)
        .isInstanceOfSatisfying(
            InvalidCardException.class,
            e -> {
              assertThat(e.field() + ":" + e.problem()).isEqualTo(expected);
              assertThat(e.getMessage()).doesNotContain(id, oldId == null ? id : oldId);
            });
  }

  @ParameterizedTest(name = "issued {0}")
  @ValueSource(strings = {"1985-03-15", "1985-03-14", "1970-01-01"})
  void issueDateMustBeAfterBirth(LocalDate issued) {
    assertThatThrownBy(() -> card(AN, null, "Nguyễn Văn An", BORN, Sex.MALE, issued))
        .isInstanceOfSatisfying(
            InvalidCardException.class,
            e -> {
              assertThat(e.field()).isEqualTo(CardField.ISSUE_DATE);
              assertThat(e.problem()).isEqualTo(FieldProblem.BEFORE_BIRTH);
              assertThat(e.getMessage())
                  .isEqualTo("issueDate must be after dateOfBirth 1985-03-15, was " + issued);
            });
  }

  @Test
  void theDayAfterBirthIsAValidIssueDate() {
    assertThat(card(AN, null, "Nguyễn Văn An", BORN, Sex.MALE, BORN.plusDays(1)).issueDate())
        .isEqualTo(BORN.plusDays(1));
  }

  @Test
  void badCharacterMessageNamesTheCodePointAndPosition() {
    assertThatThrownBy(() -> card(AN, null, "Nguyễn 😀 An", BORN, Sex.MALE, ISSUED))
        .hasMessage(
            "fullName may hold only letters, spaces, '-', ''' and '.', found U+1F600 at position 8");
  }

  @Test
  void namesKeepHyphensApostrophesAndCombiningMarks() {
    String name = "H'Hen Niê-Ksor Y.";

    assertThat(card(AN, null, name, BORN, Sex.MALE, ISSUED).fullName()).isEqualTo(name);
  }

  @Test
  void nullComponentsAreRefused() {
    assertThatThrownBy(() -> card(AN, null, null, BORN, Sex.MALE, ISSUED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fullName");
  }
}
