package vn.tiepdon.payment.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiFoldingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thanh toán viện phí|Thanh toan vien phi",
        "HĐ24 đợt 2|HD24 dot 2",
        "Nguyễn Thị Ặng Ỗ Ữ Ở|Nguyen Thi Ang O U O",
        "Bệnh viện Đa khoa – Hà Nội|Benh vien Da khoa  Ha Noi",
        "already ASCII ~!|already ASCII ~!",
      })
  void foldsVietnameseToAscii(String text, String folded) {
    assertThat(AsciiFolding.fold(text)).isEqualTo(folded);
  }

  @Test
  void plainAccentStrippingWouldLoseDStroke() {
    assertThat(java.text.Normalizer.normalize("HĐ", java.text.Normalizer.Form.NFD)).isEqualTo("HĐ");
    assertThat(AsciiFolding.fold("HĐ")).isEqualTo("HD");
  }

  @Test
  void lineBreaksAndTabsBecomeSpaces() {
    assertThat(AsciiFolding.fold("a\nb\tc\u00A0d")).isEqualTo("a b c d");
  }

  @Test
  void compactKeepsOnlyUpperCaseLettersAndDigits() {
    assertThat(AsciiFolding.compact("MBVCB.4530998360.td7k 3m9q-x\nĐợt"))
        .isEqualTo("MBVCB4530998360TD7K3M9QXDOT");
  }

  @Test
  void printableAscii() {
    assertThat(AsciiFolding.isPrintableAscii(" ~abc")).isTrue();
    assertThat(AsciiFolding.isPrintableAscii("a\tb")).isFalse();
    assertThat(AsciiFolding.isPrintableAscii("á")).isFalse();
  }
}
