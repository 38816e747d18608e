package vn.tiepdon.citizenid.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a scanner sends, the parser either reads a card or refuses with its own typed exception;
 * nothing else escapes. The Jazzer inputs of {@link CccdQrParserFuzzTest} double as regression
 * cases here: {@code ok-*} must be read, the rest refused.
 */
class CccdQrRobustnessTest {
  private static final Path NASTY =
      Path.of(
          "src/test/resources/vn/tiepdon/citizenid/qr/CccdQrParserFuzzTestInputs/parseReadsOrRefuses");
  private static final CccdQrParser PARSER =
      new CccdQrParser(
          Clock.fixed(Instant.parse("2025-06-01T05:00:00Z"), CccdQrParserTest.VIETNAM));

  static Stream<Path> nastyInputs() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(NASTY)) {
      files = listing.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyInputs")
  void nastyInputIsReadOrRefusedWithAReason(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    boolean shouldParse = file.getFileName().toString().startsWith("ok-");

    if (shouldParse) {
      assertThatCode(() -> PARSER.parse(text)).doesNotThrowAnyException();
    } else {
      assertThat(refusal(text)).as(file.toString()).isNotNull();
    }
  }

  @Property(tries = 2000)
  void anyTextIsReadOrRefusedWithAReason(@ForAll("scannerNoise") String text) {
    assertThatCode(() -> readOrRefuse(text)).doesNotThrowAnyException();
  }

  @Property(tries = 2000)
  void mutatedCardTextIsReadOrRefusedWithAReason(
      @ForAll("validTexts") String text,
      @ForAll @IntRange(min = 0, max = 200) int position,
      @ForAll("scannerNoise") String insert) {
    int at = Math.min(position, text.length());
    String mutated =
        text.substring(0, at) + insert + text.substring(Math.min(at + 1, text.length()));

    assertThatCode(() -> readOrRefuse(mutated)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<String> scannerNoise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(300),
        Arbitraries.strings()
            .withChars("|0123456789Nữam\r\n\t\uFEFF\uFFFD\u0000 ")
            .ofMaxLength(120),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> validTexts() {
    return Arbitraries.of(CccdQrParserTest.AN, CccdQrParserTest.BINH, CccdQrParserTest.CUC);
  }

  private static void readOrRefuse(String text) {
    try {
      CccdQrReading reading = PARSER.parse(text);
      assertThat(reading.card().id().value()).hasSize(12);
    } catch (InvalidCccdQrException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.field().isPresent())
          .isEqualTo(e.reason() == InvalidCccdQrException.Reason.INVALID_FIELD);
    }
  }

  private static InvalidCccdQrException refusal(String text) {
    try {
      PARSER.parse(text);
      return null;
    } catch (InvalidCccdQrException e) {
      return e;
    }
  }
}
