package vn.tiepdon.payment.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.reference.ReferenceCode;

class PaymentIntentTest {
  private static final ReferenceCode CODE = new ReferenceCode("TD7K3M9QV");
  private static final Instant NOW = Instant.parse("2026-09-15T02:30:00.123456789Z");

  private static PaymentIntent open() {
    return PaymentIntent.open(CODE, Money.ofDong(150_000), "K01-1023", NOW, Duration.ofMinutes(15));
  }

  @Test
  void openIntentOwesTheWholeAmountUntilExpiry() {
    PaymentIntent intent = open();

    assertThat(intent.status()).isEqualTo(PaymentStatus.OPEN);
    assertThat(intent.outstanding()).isEqualTo(Money.ofDong(150_000));
    assertThat(intent.createdAt()).isEqualTo(Instant.parse("2026-09-15T02:30:00.123Z"));
    assertThat(intent.expiresAt()).isEqualTo(Instant.parse("2026-09-15T02:45:00.123Z"));
    assertThat(intent.isDue(intent.expiresAt().minusMillis(1))).isFalse();
    assertThat(intent.isDue(intent.expiresAt())).isTrue();
  }

  @Test
  void paymentsAddUpToPartialPaidAndOverpaid() {
    PaymentIntent partial = open().withPayment(Money.ofDong(100_000));
    PaymentIntent paid = partial.withPayment(Money.ofDong(50_000));
    PaymentIntent overpaid = paid.withPayment(Money.ofDong(1));

    assertThat(partial.status()).isEqualTo(PaymentStatus.PARTIAL);
    assertThat(partial.outstanding()).isEqualTo(Money.ofDong(50_000));
    assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.outstanding()).isEqualTo(Money.ZERO);
    assertThat(overpaid.status()).isEqualTo(PaymentStatus.OVERPAID);
    assertThat(overpaid.received()).isEqualTo(Money.ofDong(150_001));
  }

  @Test
  void statusMustFitTheMoneyReceived() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PaymentIntent(
                    CODE,
                    Money.ofDong(100),
                    Money.ofDong(100),
                    "K01-1023",
                    NOW,
                    NOW.plusSeconds(1),
                    PaymentStatus.OPEN))
        .withMessage("status OPEN does not fit 100 VND received of 100 VND");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new PaymentIntent(
                    CODE,
                    Money.ofDong(100),
                    Money.ZERO,
                    "K01-1023",
                    NOW,
                    NOW.plusSeconds(1),
                    PaymentStatus.PAID));
  }

  @Test
  void amountMustBePayableByVietQr() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PaymentIntent.open(CODE, Money.ZERO, "K01", NOW, Duration.ofMinutes(1)))
        .withMessage("amount must be 1..499999999 dong, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PaymentIntent.open(
                    CODE, Money.ofDong(500_000_000), "K01", NOW, Duration.ofMinutes(1)));
  }

  @Test
  void ticketRefMustBeShortPrintableAscii() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PaymentIntent.open(CODE, Money.ofDong(1), " ", NOW, Duration.ofMinutes(1)))
        .withMessageContaining("ticketRef");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> PaymentIntent.open(CODE, Money.ofDong(1), "Số 12", NOW, Duration.ofMinutes(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PaymentIntent.open(
                    CODE, Money.ofDong(1), "K".repeat(65), NOW, Duration.ofMinutes(1)));
  }
}
