package vn.tiepdon.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void wholeNonNegativeDong() {
    assertThat(Money.ofDong(150_000).plus(Money.ofDong(1))).isEqualTo(Money.ofDong(150_001));
    assertThat(Money.ofDong(100).remainingAfter(Money.ofDong(30))).isEqualTo(Money.ofDong(70));
    assertThat(Money.ofDong(100).remainingAfter(Money.ofDong(130))).isEqualTo(Money.ZERO);
    assertThat(Money.ofDong(2)).isGreaterThan(Money.ofDong(1));
    assertThat(Money.ofDong(150_000)).hasToString("150000 VND");
  }

  @Test
  void negativeIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.ofDong(-3))
        .withMessage("amount must be >= 0 dong, was -3");
  }

  @Test
  void overflowIsAnError() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> Money.ofDong(Long.MAX_VALUE).plus(Money.ofDong(1))))
        .isInstanceOf(ArithmeticException.class);
  }
}
