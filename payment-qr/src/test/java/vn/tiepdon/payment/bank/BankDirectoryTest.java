package vn.tiepdon.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BankDirectoryTest {
  private final BankDirectory directory = BankDirectory.bundled();

  @Test
  void mainBanksByBin() {
    assertThat(name("970436")).isEqualTo("Vietcombank");
    assertThat(name("970415")).isEqualTo("VietinBank");
    assertThat(name("970418")).isEqualTo("BIDV");
    assertThat(name("970405")).isEqualTo("Agribank");
    assertThat(name("970422")).isEqualTo("MB Bank");
    assertThat(directory.find(BankBin.of("970436")).orElseThrow().code()).contains("VCB");
    assertThat(directory.find(BankBin.of("970415")).orElseThrow().code()).contains("ICB");
  }

  @Test
  void holdsTheFiftySixSbvBinsAndTheProviderExtras() {
    assertThat(directory.all()).hasSize(72);
    assertThat(directory.all().stream().filter(Bank::inSbvList)).hasSize(56);
    assertThat(directory.all().stream().filter(b -> !b.inSbvList()))
        .allSatisfy(b -> assertThat(b.bin().value()).doesNotStartWith("9704"));
  }

  /** The SBV appendix text is outside the repository; when it is on this machine, compare. */
  @Test
  void matchesTheStateBankListWhereItIsAvailable() throws IOException {
    Path sbv = Path.of("../../shared/spec/sbv_bin_list_cv1589_2024.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sbv), "SBV list not on this machine");
    Matcher bins =
        Pattern.compile("\\b(9704\\d\\d)\\b")
            .matcher(Files.readString(sbv, StandardCharsets.UTF_8));
    List<String> listed = bins.results().map(m -> m.group(1)).toList();

    assertThat(listed).hasSize(56);
    assertThat(directory.all().stream().filter(Bank::inSbvList).map(b -> b.bin().value()))
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void knownConflictsAreFlagged() {
    assertThat(directory.conflicts())
        .extracting(b -> b.bin().value())
        .containsExactly("422589", "970459", "970468", "977777");
  }

  @Test
  void renamesKeepTheirBin() {
    assertThat(name("970406")).isEqualTo("Vikki Bank");
    assertThat(directory.find(BankBin.of("970406")).orElseThrow().sbvName())
        .contains("Ngân hàng TMCP Đông Á");
    assertThat(directory.find(BankBin.of("970449")).orElseThrow().note()).isPresent();
  }

  @Test
  void unknownBinIsEmpty() {
    assertThat(directory.find(BankBin.of("970488"))).isEmpty();
  }

  @Test
  void binIsSixDigits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BankBin.of("97043"))
        .withMessage("bank BIN must be exactly 6 digits, was \"97043\"");
    assertThatIllegalArgumentException().isThrownBy(() -> BankBin.of("97043A"));
  }

  @Test
  void brokenListLinesAreReportedWithTheirNumber() {
    assertThatThrownBy(() -> BankDirectory.parse(reader("# c\n970436;Vietcombank;VCB;\n")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("5 ';'-separated cells");
    assertThatThrownBy(() -> BankDirectory.parse(reader("970436;A;;;\n970436;B;;;\n")))
        .hasMessage("bank list line 2: BIN 970436 listed twice");
    assertThatThrownBy(() -> BankDirectory.parse(reader("97043;A;;;\n")))
        .hasMessageContaining("line 1")
        .hasMessageContaining("\"97043\"");
  }

  private String name(String bin) {
    return directory.find(BankBin.of(bin)).orElseThrow().shortName();
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
