package vn.tiepdon.citizenid.chip.software;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;
import vn.tiepdon.citizenid.chip.ChipCitizenData;
import vn.tiepdon.citizenid.chip.Dg13Parser;

/** Whatever the software chip writes into DG13, the kiosk's parser reads back unchanged. */
class Dg13RoundTripTest {
  private static final String VIETNAMESE =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ ,";

  @Property(tries = 200)
  void encodedDg13ParsesToTheSameData(@ForAll("citizens") ChipCitizenData data) {
    assertThat(Dg13Parser.parse(Dg13Encoder.encode(data))).isEqualTo(data);
  }

  @Provide
  Arbitrary<ChipCitizenData> citizens() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars(VIETNAMESE)
            .ofMinLength(1)
            .ofMaxLength(120)
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !t.contains("  "));
    Arbitrary<Optional<String>> optionalText = text.optional(0.7);
    Arbitrary<LocalDate> birth =
        Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(1920, 1, 1).plusDays(d));
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(6);
    return Combinators.combine(
            text,
            birth,
            Arbitraries.of(Sex.values()),
            text,
            optionalText,
            optionalText,
            digits,
            Arbitraries.of(true, false))
        .as(
            (name, born, sex, address, father, spouse, serial, expires) -> {
              int centuryDigit = (born.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
              CitizenId id =
                  CitizenId.of(
                      String.format("079%d%02d%s", centuryDigit, born.getYear() % 100, serial));
              return new ChipCitizenData(
                  id,
                  name,
                  born,
                  sex,
                  Optional.of("Việt Nam"),
                  Optional.of("Kinh"),
                  Optional.empty(),
                  Optional.of(address),
                  address,
                  Optional.empty(),
                  born.plusYears(14),
                  expires ? Optional.of(born.plusYears(25)) : Optional.empty(),
                  father,
                  Optional.of("Lê Thị Hạnh"),
                  spouse,
                  Optional.of("025123456"),
                  Optional.empty());
            });
  }
}
