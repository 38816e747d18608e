package vn.tiepdon.citizenid.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import vn.tiepdon.citizenid.CardType;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

/** Generate a card, write its QR text, parse it: the same card comes back. */
class CccdQrRoundTripTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final CccdQrParser PARSER =
      new CccdQrParser(
          Clock.fixed(Instant.parse("2025-06-01T05:00:00Z"), CccdQrParserTest.VIETNAM));
  private static final String LETTERS =
      "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

  @Property
  void parsingTheWrittenTextGivesTheSameCard(@ForAll("cards") CitizenCard card) throws Exception {
    CccdQrReading reading = PARSER.parse(CccdQrText.of(card));

    assertThat(reading.card()).isEqualTo(card);
    assertThat(reading.chipAccess().documentNumber()).isEqualTo(card.id().value().substring(3));
    assertThat(reading.chipAccess().can()).isEqualTo(card.id().value().substring(6));
  }

  @Property
  void decomposedTextAndScannerTerminatorsDoNotChangeTheCard(
      @ForAll("cards") CitizenCard card, @ForAll("terminators") String terminator)
      throws Exception {
    String text = Normalizer.normalize(CccdQrText.of(card), Normalizer.Form.NFD) + terminator;

    assertThat(PARSER.parse(text).card()).isEqualTo(card);
  }

  @Provide
  Arbitrary<String> terminators() {
    return Arbitraries.strings().withChars('\r', '\n', '\t').ofMaxLength(3);
  }

  @Provide
  Arbitrary<CitizenCard> cards() {
    Arbitrary<LocalDate> births =
        Dates.dates().between(LocalDate.of(1900, 1, 1), TODAY.minusDays(1));
    return Combinators.combine(
            births,
            Arbitraries.of(Sex.class),
            Arbitraries.of(CardType.class),
            Arbitraries.strings().numeric().ofLength(3),
            Arbitraries.strings().numeric().ofLength(6),
            oldIds(),
            texts(LETTERS + LETTERS.toUpperCase() + "-'", 5, 1, 7),
            texts(LETTERS + LETTERS.toUpperCase() + "0123456789,./-", 12, 0, 12))
        .flatAs(
            (born, sex, type, province, serial, oldId, name, address) ->
                issueDates(born)
                    .map(
                        issued ->
                            CitizenCard.withLawfulExpiry(
                                idFor(province, born, sex, serial),
                                oldId,
                                name,
                                born,
                                sex,
                                address,
                                issued,
                                type)));
  }

  private static Arbitrary<LocalDate> issueDates(LocalDate born) {
    long days = ChronoUnit.DAYS.between(born, TODAY);
    return Arbitraries.longs().between(1, days).map(born::plusDays);
  }

  private static Arbitrary<Optional<String>> oldIds() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.empty()),
        Arbitraries.strings().numeric().ofLength(9).map(Optional::of),
        Arbitraries.strings().numeric().ofLength(12).map(Optional::of));
  }

  /** Words of the given characters, one space apart. */
  private static Arbitrary<String> texts(
      String characters, int maxWords, int minWords, int maxWordLength) {
    Arbitrary<String> word =
        Arbitraries.strings().withChars(characters).ofMinLength(1).ofMaxLength(maxWordLength);
    return word.list()
        .ofMinSize(minWords)
        .ofMaxSize(maxWords)
        .map(words -> String.join(" ", words));
  }

  private static CitizenId idFor(String province, LocalDate born, Sex sex, String serial) {
    int centuryDigit = (born.getYear() / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    return CitizenId.of(
        province + centuryDigit + String.format("%02d", born.getYear() % 100) + serial);
  }
}
