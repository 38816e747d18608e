package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentSettingsTest {
  @Test
  void defaultsToFifteenMinutesAndVienPhi() {
    PaymentSettings settings = new PaymentSettings("970436", "0011001234567", "BV ABC", null, null);

    assertThat(settings.intentValidity()).isEqualTo(Duration.ofMinutes(15));
    assertThat(settings.purposeText()).isEqualTo("VIEN PHI");
    assertThat(settings.bin().value()).isEqualTo("970436");
  }

  @Test
  void purposeTextIsFoldedToAscii() {
    assertThat(
            new PaymentSettings("970436", "1", "BV", Duration.ofMinutes(5), "Viện phí Đợt 2")
                .purposeText())
        .isEqualTo("Vien phi Dot 2");
  }

  @Test
  void eachBadValueIsNamed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PaymentSettings("97043", "1", "BV"))
        .withMessage("bankBin must be 6 digits, was \"97043\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PaymentSettings("970436", "0011-001", "BV"))
        .withMessage("accountNumber must be 1-19 letters or digits, was \"0011-001\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PaymentSettings("970436", "1", " "))
        .withMessage("accountName must not be blank, was \" \"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PaymentSettings("970436", "1", "BV", Duration.ofMinutes(-3), null))
        .withMessage("intentValidity must be > 0 and <= 1 day, was PT-3M");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new PaymentSettings("970436", "1", "BV", null, "THANH TOAN VIEN PHI KHAM"))
        .withMessageStartingWith("purposeText must be at most 15 ASCII characters");
  }
}
