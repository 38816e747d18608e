package vn.tiepdon.queue.his;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InsuranceMessagesTest {
  static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void theWordsOfUxMdWithTheEndDate() {
    InsuranceCheck valid = InsuranceCheck.until(InsuranceStatus.VALID, LocalDate.of(2026, 12, 31));

    assertThat(InsuranceMessages.text(valid, VI))
        .isEqualTo("Thẻ BHYT còn hạn đến 31/12/2026 · Khám đúng tuyến");
    assertThat(InsuranceMessages.text(valid, Locale.ENGLISH))
        .isEqualTo("Health insurance valid until 31/12/2026 · In-network");
    assertThat(InsuranceMessages.text(InsuranceCheck.of(InsuranceStatus.NOT_FOUND), VI))
        .isEqualTo("Không tìm thấy thông tin BHYT — bạn có thể khám dịch vụ");
    assertThat(
            InsuranceMessages.text(InsuranceCheck.of(InsuranceStatus.WRONG_ROUTE), Locale.ENGLISH))
        .isEqualTo("Health insurance valid · Out-of-network");
  }

  @ParameterizedTest
  @EnumSource(InsuranceStatus.class)
  void everyStatusHasVietnameseAndEnglishWords(InsuranceStatus status) {
    for (InsuranceCheck check :
        new InsuranceCheck[] {
          InsuranceCheck.of(status), InsuranceCheck.until(status, LocalDate.of(2027, 1, 2))
        }) {
      String vi = InsuranceMessages.text(check, VI);
      String en = InsuranceMessages.text(check, Locale.ENGLISH);
      assertThat(vi).isNotBlank().isNotEqualTo(en);
      assertThat(en).isNotBlank();
    }
  }

  @Test
  void anOtherLanguageGetsVietnameseNotTheJvmDefault() {
    assertThat(InsuranceMessages.text(InsuranceCheck.of(InsuranceStatus.EXPIRED), Locale.JAPANESE))
        .startsWith("Thẻ BHYT đã hết hạn");
  }
}
