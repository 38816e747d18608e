package vn.tiepdon.payment.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.payment.reference.ReferenceCodeFinder;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;
import vn.tiepdon.payment.vietqr.VietQrCodec;
import vn.tiepdon.payment.vietqr.VietQrPayload;

/** The use cases on a real SQLite file. */
class PaymentIntentsTest {
  private static final Instant T0 = Instant.parse("2026-09-15T02:30:00Z");
  private static final PaymentSettings SETTINGS =
      new PaymentSettings("970436", "0011001234567", "BENH VIEN DA KHOA ABC");

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(T0);
  private SqlitePaymentIntentStore store;
  private PaymentIntents intents;

  @BeforeEach
  void openDatabase() {
    DataSource db = PaymentDatabase.open(dir.resolve("kiosk.db"));
    PaymentMigrations.migrate(db);
    store = new SqlitePaymentIntentStore(db);
    intents = new PaymentIntents(SETTINGS, store, clock, new SplittableRandom(1));
  }

  @Test
  void createStoresAnOpenIntentValidForFifteenMinutes() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");

    assertThat(intent.status()).isEqualTo(PaymentStatus.OPEN);
    assertThat(intent.createdAt()).isEqualTo(T0);
    assertThat(intent.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(intents.find(intent.reference())).contains(intent);
    assertThat(intents.forTicket("K01-1023")).containsExactly(intent);
  }

  @Test
  void aTakenReferenceCodeMakesCreateDrawAnother() {
    PaymentIntent first = intents.create(Money.ofDong(1000), "K01-1");
    PaymentIntents sameSeed = new PaymentIntents(SETTINGS, store, clock, new SplittableRandom(1));

    PaymentIntent second = sameSeed.create(Money.ofDong(2000), "K01-2");

    assertThat(second.reference()).isNotEqualTo(first.reference());
    assertThat(intents.find(first.reference()).orElseThrow().amount())
        .isEqualTo(Money.ofDong(1000));
  }

  @Test
  void exactPaymentMakesItPaid() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");

    PaymentOutcome outcome =
        intents.markPaid(intent.reference(), Money.ofDong(150_000), T0.plusSeconds(60));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Booked.class);
    assertThat(((PaymentOutcome.Booked) outcome).intent().status()).isEqualTo(PaymentStatus.PAID);
    assertThat(intents.find(intent.reference()).orElseThrow().status())
        .isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void theDesksBookingIsTakenOnceAndNeverLowered() {
    ReferenceCode code = intents.create(Money.ofDong(150_000), "K01-1023").reference();

    assertThat(intents.recordDeskBooking(code, Money.ofDong(100_000)))
        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(PaymentStatus.PARTIAL));
    assertThat(intents.recordDeskBooking(code, Money.ofDong(150_000)))
        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(PaymentStatus.PAID));
    // A repeated notice, and a stale PARTIAL arriving after the PAID, change nothing.
    assertThat(intents.recordDeskBooking(code, Money.ofDong(150_000))).isEmpty();
    assertThat(intents.recordDeskBooking(code, Money.ofDong(100_000))).isEmpty();
    assertThat(intents.find(code).orElseThrow().received()).isEqualTo(Money.ofDong(150_000));
    assertThat(
            intents.recordDeskBooking(
                ReferenceCode.generate(new SplittableRandom(9)), Money.ofDong(1)))
        .isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> intents.recordDeskBooking(code, Money.ZERO))
        .withMessageContaining("must be > 0 dong");
  }

  @Test
  void theDeskIsBelievedAboutAnIntentTheKioskAlreadyExpired() {
    ReferenceCode code = intents.create(Money.ofDong(150_000), "K01-1023").reference();
    clock.advance(Duration.ofMinutes(16));
    intents.expireDue();

    assertThat(intents.recordDeskBooking(code, Money.ofDong(150_000)))
        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(PaymentStatus.PAID));
  }

  @Test
  void twoTransfersMakeItPartialThenPaidAndAThirdOverpaid() {
    ReferenceCode code = intents.create(Money.ofDong(150_000), "K01-1023").reference();

    intents.markPaid(code, Money.ofDong(100_000), T0.plusSeconds(60));
    assertThat(intents.find(code).orElseThrow().status()).isEqualTo(PaymentStatus.PARTIAL);
    assertThat(intents.find(code).orElseThrow().outstanding()).isEqualTo(Money.ofDong(50_000));
    intents.markPaid(code, Money.ofDong(50_000), T0.plusSeconds(120));
    assertThat(intents.find(code).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    intents.markPaid(code, Money.ofDong(10_000), T0.plusSeconds(180));

    PaymentIntent stored = intents.find(code).orElseThrow();
    assertThat(stored.status()).isEqualTo(PaymentStatus.OVERPAID);
    assertThat(stored.received()).isEqualTo(Money.ofDong(160_000));
  }

  @Test
  void unknownCodeIsReportedNotBooked() {
    ReferenceCode unknown = new ReferenceCode("TD7K3M9QV");

    assertThat(intents.markPaid(unknown, Money.ofDong(5), T0))
        .isEqualTo(new PaymentOutcome.UnknownReference(unknown, Money.ofDong(5)));
  }

  @Test
  void moneyAfterExpiryIsNotBookedAndTheIntentStaysExpired() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");

    PaymentOutcome outcome =
        intents.markPaid(intent.reference(), Money.ofDong(150_000), intent.expiresAt());

    assertThat(outcome).isInstanceOf(PaymentOutcome.ArrivedLate.class);
    PaymentIntent stored = intents.find(intent.reference()).orElseThrow();
    assertThat(stored.status()).isEqualTo(PaymentStatus.EXPIRED);
    assertThat(stored.received()).isEqualTo(Money.ZERO);
  }

  @Test
  void transferMadeInTimeIsBookedEvenIfTheFeedArrivesAfterExpiry() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");
    clock.advance(Duration.ofMinutes(20));
    assertThat(intents.expireDue()).hasSize(1);

    PaymentOutcome outcome =
        intents.markPaid(intent.reference(), Money.ofDong(150_000), T0.plusSeconds(14 * 60));

    assertThat(outcome).isInstanceOf(PaymentOutcome.Booked.class);
    assertThat(intents.find(intent.reference()).orElseThrow().status())
        .isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void moneyOnACancelledIntentGoesToReview() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");
    assertThat(intents.cancel(intent.reference()).orElseThrow().status())
        .isEqualTo(PaymentStatus.CANCELLED);

    PaymentOutcome outcome =
        intents.markPaid(intent.reference(), Money.ofDong(150_000), T0.plusSeconds(30));

    assertThat(outcome).isInstanceOf(PaymentOutcome.ArrivedAfterCancel.class);
    assertThat(intents.find(intent.reference()).orElseThrow().received()).isEqualTo(Money.ZERO);
  }

  @Test
  void cancelLeavesAPaidIntentAlone() {
    ReferenceCode code = intents.create(Money.ofDong(1000), "K01-1").reference();
    intents.markPaid(code, Money.ofDong(1000), T0);

    assertThat(intents.cancel(code).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
    assertThat(intents.cancel(new ReferenceCode("TD7K3M9QV"))).isEmpty();
  }

  @Test
  void expireDueExpiresOnlyOpenIntentsWhoseTimeIsUp() {
    PaymentIntent early = intents.create(Money.ofDong(1000), "K01-1");
    PaymentIntent paid = intents.create(Money.ofDong(1000), "K01-2");
    intents.markPaid(paid.reference(), Money.ofDong(1000), T0);
    clock.advance(Duration.ofMinutes(10));
    PaymentIntent later = intents.create(Money.ofDong(1000), "K01-3");
    clock.advance(Duration.ofMinutes(5));

    assertThat(intents.expireDue())
        .extracting(PaymentIntent::reference)
        .containsExactly(early.reference());
    assertThat(intents.expireDue()).isEmpty();
    assertThat(intents.find(later.reference()).orElseThrow().status())
        .isEqualTo(PaymentStatus.OPEN);
    assertThat(intents.find(paid.reference()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void zeroPaymentIsAProgrammingError() {
    ReferenceCode code = intents.create(Money.ofDong(1000), "K01-1").reference();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> intents.markPaid(code, Money.ZERO, T0))
        .withMessageContaining(code.value());
  }

  @Test
  void vietQrOfAnIntentCarriesAmountAndCodeFirstInThePurpose() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-1023");
    VietQrCodec codec = new VietQrCodec();

    VietQrPayload decoded = codec.decode(codec.encode(intents.vietQrPayload(intent)));

    assertThat(decoded.dynamic()).isTrue();
    assertThat(decoded.bin().value()).isEqualTo("970436");
    assertThat(decoded.account()).isEqualTo("0011001234567");
    assertThat(decoded.amount()).contains(Money.ofDong(150_000));
    assertThat(decoded.purpose()).contains(intent.reference().value() + " VIEN PHI");
    assertThat(decoded.referenceLabel()).contains(intent.reference().value());
    assertThat(new ReferenceCodeFinder().findSingle(decoded.purpose().orElseThrow()))
        .contains(intent.reference());
  }
}
