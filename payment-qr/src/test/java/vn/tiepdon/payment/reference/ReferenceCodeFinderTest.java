package vn.tiepdon.payment.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodeFinderTest {
  private static final ReferenceCode CODE = new ReferenceCode("TD7K3M9QV");

  private final ReferenceCodeFinder finder = new ReferenceCodeFinder();

  /** Shapes from vietqr.md 4.4, with our code where the payer's memo goes. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "TD7K3M9QV VIEN PHI",
        "MBVCB.4530998360.029552.TD7K3M9QV VIEN PHI.CT tu 0351000646393 NGUYEN THE HUNG toi"
            + " 231814973 BENH VIEN tai VPBANK",
        "884114.100924.223854.TD7K3M9QV VIEN PHI FT24255276428461",
        "td7k3m9qv vien phi - Ma GD ACSP/ cl520369",
        "MBVCB.4530998360.029552.TD7K3\nM9QV VIEN\nPHI.CT tu",
        "TD 7K3M 9QV",
        "Thanh toán TD7K3M9QV viện phí",
        "IBFT TD7K3M9QVVIENPHI",
        "BIDV -B2B0200970436TD7K3M9QV",
      })
  void findsTheCodeInContentBanksMangled(String content) {
    assertThat(finder.findAll(content)).containsExactly(CODE);
    assertThat(finder.findSingle(content)).contains(CODE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "CHUYEN KHO AN LUNCH HARRY",
        "MBVCB.4530998360.029552.NGUYEN THE HUNG chuyen tien.CT tu 0351000646393",
        "TD7K3M9QW VIEN PHI",
        "TD7K3M9",
        "TDTDTDTDTDTDTD",
      })
  void findsNothingWithoutAValidCode(String content) {
    assertThat(finder.findAll(content)).isEmpty();
  }

  /** A "TD" inside a code, followed by text that completes a valid window, is not a second code. */
  @Test
  void aTdInsideACodeDoesNotStartAnother() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    ReferenceCode code;
    int inner;
    do {
      code = ReferenceCode.generate(random);
      inner = code.value().indexOf("TD", 2);
    } while (inner < 0);
    String window = code.value().substring(inner);
    StringBuilder tail = new StringBuilder();
    while (window.length() + tail.length() < ReferenceCode.LENGTH - 1) {
      tail.append('A');
    }
    String falseWindow = window + tail;
    tail.append(ReferenceCode.checkSymbol(falseWindow));
    assertThat(ReferenceCode.tryParse(window + tail))
        .as("the overlapping window is valid")
        .isPresent();

    assertThat(finder.findAll(code.value() + tail + " VIEN PHI")).containsExactly(code);
  }

  @Test
  void twoDifferentCodesAreAmbiguous() {
    String content = "TD7K3M9QV TDHV2P8RU";

    assertThat(finder.findAll(content)).containsExactly(CODE, new ReferenceCode("TDHV2P8RU"));
    assertThat(finder.findSingle(content)).isEmpty();
  }

  @Test
  void theSameCodeTwiceIsOneCode() {
    assertThat(finder.findSingle("TD7K3M9QV TD7K3M9QV")).contains(CODE);
  }

  @Property(tries = 2000)
  void findsAnyCodeAfterPrefixesSpacesCaseChangesAndSuffixes(
      @ForAll long seed, @ForAll("bankPrefixes") String prefix, @ForAll("noise") String suffix) {
    SplittableRandom random = new SplittableRandom(seed);
    ReferenceCode code = ReferenceCode.generate(random);
    StringBuilder mangled = new StringBuilder(prefix);
    for (char c : code.value().toCharArray()) {
      mangled.append(random.nextBoolean() ? c : Character.toLowerCase(c));
      if (random.nextInt(4) == 0) {
        mangled.append(random.nextBoolean() ? " " : "\n");
      }
    }
    mangled.append(random.nextBoolean() ? " " : ".").append(suffix);

    assertThat(finder.findAll(mangled.toString())).contains(code);
  }

  @Provide
  Arbitrary<String> bankPrefixes() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "MBVCB.4530998360.029552.", "884114.100924.223854.", "IBFT ", "QR - "),
        noise());
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .ofMaxLength(60)
        .map(s -> s.toUpperCase(Locale.ROOT));
  }
}
