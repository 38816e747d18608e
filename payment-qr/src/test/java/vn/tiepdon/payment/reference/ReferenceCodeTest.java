package vn.tiepdon.payment.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceCodeTest {
  @Test
  void generatedCodesHaveTheFixedShape() {
    SplittableRandom random = new SplittableRandom(42);
    Set<ReferenceCode> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ReferenceCode code = ReferenceCode.generate(random);
      assertThat(code.value()).matches("TD[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}");
      codes.add(code);
    }
    assertThat(codes).hasSizeGreaterThan(9_990);
  }

  @Test
  void sameSeedSameCodes() {
    assertThat(ReferenceCode.generate(new SplittableRandom(7)))
        .isEqualTo(ReferenceCode.generate(new SplittableRandom(7)));
  }

  @Test
  void alphabetHasNoLookAlikesAndPrimeSize() {
    assertThat(ReferenceCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
    assertThat(ReferenceCode.LENGTH).isEqualTo(9);
  }

  @Test
  void parseIgnoresCaseSpacesAndPunctuation() {
    assertThat(ReferenceCode.parse(" td 7k3m-9qv.")).isEqualTo(new ReferenceCode("TD7K3M9QV"));
  }

  @ParameterizedTest
  @CsvSource({
    "TD7K3M9Q, WRONG_LENGTH",
    "TD7K3M9QVV, WRONG_LENGTH",
    "XD7K3M9QV, WRONG_PREFIX",
    "TD7K3M0QV, UNKNOWN_SYMBOL",
    "TD7K3M9QW, CHECK_MISMATCH",
    "TDK73M9QV, CHECK_MISMATCH",
  })
  void invalidCodesSayWhatIsWrong(String text, ReferenceCode.Problem problem) {
    assertThatThrownBy(() -> ReferenceCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidReferenceCodeException.class, e -> assertThat(e.problem()).isEqualTo(problem))
        .hasMessageContaining(problem.name())
        .hasMessageContaining(text);
    assertThat(ReferenceCode.tryParse(text)).isEmpty();
  }

  @Property(tries = 300)
  void everySingleWrongSymbolIsDetected(@ForAll long seed) {
    String code = ReferenceCode.generate(new SplittableRandom(seed)).value();
    for (int at = 2; at < code.length(); at++) {
      for (char symbol : ReferenceCode.ALPHABET.toCharArray()) {
        if (symbol != code.charAt(at)) {
          String changed = code.substring(0, at) + symbol + code.substring(at + 1);
          assertThat(ReferenceCode.tryParse(changed)).as(changed).isEmpty();
        }
      }
    }
  }

  @Property(tries = 300)
  void everySwapOfTwoDifferentSymbolsIsDetected(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int i,
      @ForAll @IntRange(min = 2, max = 8) int j) {
    String code = ReferenceCode.generate(new SplittableRandom(seed)).value();
    if (code.charAt(i) == code.charAt(j)) {
      return;
    }
    char[] swapped = code.toCharArray();
    swapped[i] = code.charAt(j);
    swapped[j] = code.charAt(i);

    assertThat(ReferenceCode.tryParse(new String(swapped))).isEmpty();
  }
}
