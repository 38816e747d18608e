package vn.tiepdon.payment.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.IntentOrigin;
import vn.tiepdon.payment.desk.KioskIntentRegistry.Registration;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.MutableClock;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * Intents announced by kiosks land in a desk's ledger once, whatever the repeats, and the desk
 * reconciles them like its own: on a SQLite file ({@code SqliteKioskIntentRegistryTest}) and on
 * PostgreSQL ({@code PostgresKioskIntentRegistryIT}), through the same JDBC code.
 */
abstract class KioskIntentRegistryContract {
  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  private static final IntentOrigin K01 = new IntentOrigin("bv-tinh-uoc-mo", "k01");
  private static final IntentOrigin K02 = new IntentOrigin("bv-tinh-uoc-mo", "k02");

  private final MutableClock clock = new MutableClock(T0);
  private final List<PaymentIntent> told = new ArrayList<>();
  private JdbcKioskIntentRegistry registry;
  private PaymentDesk desk;

  @BeforeEach
  void openDesk() {
    DataSource db = database();
    registry = new JdbcKioskIntentRegistry(db);
    desk = new PaymentDesk(new JdbcPaymentLedger(db), clock, told::add);
  }

  /** A migrated, empty desk database. */
  abstract DataSource database();

  private static PaymentIntent announced(long seed, long dong) {
    return PaymentIntent.open(
        ReferenceCode.generate(new SplittableRandom(seed)),
        Money.ofDong(dong),
        "NOI-A-012",
        T0,
        Duration.ofMinutes(15));
  }

  @Test
  void anAnnouncedIntentIsStoredOnceAndReconciledByTheDesk() {
    PaymentIntent intent = announced(1, 150_000);

    assertThat(registry.register(intent, K01, T0)).isEqualTo(Registration.NEW);
    assertThat(registry.register(intent, K01, T0.plusSeconds(5))).isEqualTo(Registration.REPEAT);
    assertThat(desk.intent(intent.reference())).contains(intent);
    assertThat(registry.origin(intent.reference())).contains(K01);

    PaymentDesk.Ingested paid =
        desk.ingest(
            new BankTransfer(
                TransferSource.CASSO,
                "FT1",
                T0.plusSeconds(60),
                Money.ofDong(150_000),
                "MBVCB.1234 " + intent.reference().value() + " VIEN PHI",
                ""));

    assertThat(paid.outcome()).isEqualTo(Outcome.MATCHED);
    assertThat(told).extracting(PaymentIntent::status).containsExactly(PaymentStatus.PAID);
    // A repeat arriving after the payment does not reopen the intent.
    assertThat(registry.register(intent, K01, T0.plusSeconds(90))).isEqualTo(Registration.REPEAT);
    assertThat(desk.intent(intent.reference()).orElseThrow().status())
        .isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void aReferenceTakenWithOtherFactsOrByAnotherKioskIsAConflictThatChangesNothing() {
    PaymentIntent intent = announced(2, 150_000);
    registry.register(intent, K01, T0);

    PaymentIntent otherAmount =
        new PaymentIntent(
            intent.reference(),
            Money.ofDong(1_000),
            Money.ZERO,
            intent.ticketRef(),
            intent.createdAt(),
            intent.expiresAt(),
            PaymentStatus.OPEN);
    assertThat(registry.register(otherAmount, K01, T0)).isEqualTo(Registration.CONFLICT);
    assertThat(registry.register(intent, K02, T0)).isEqualTo(Registration.CONFLICT);
    assertThat(desk.intent(intent.reference())).contains(intent);
    assertThat(registry.origin(intent.reference())).contains(K01);
  }

  @Test
  void paidIntentsAreListedUntilTheirKioskAcknowledges() {
    PaymentIntent paid = announced(3, 150_000);
    PaymentIntent open = announced(4, 90_000);
    registry.register(paid, K01, T0);
    registry.register(open, K02, T0);
    desk.ingest(
        new BankTransfer(
            TransferSource.SEPAY,
            "T1",
            T0.plusSeconds(30),
            Money.ofDong(150_000),
            paid.reference().value(),
            ""));

    assertThat(registry.unacknowledgedPayments(T0.minus(Duration.ofDays(1))))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.origin()).isEqualTo(K01);
              assertThat(a.intent().status()).isEqualTo(PaymentStatus.PAID);
            });
    assertThat(registry.unacknowledgedPayments(T0.plusSeconds(1))).isEmpty();

    assertThat(registry.acknowledge(paid.reference(), K02, T0)).isFalse(); // not its intent
    assertThat(registry.acknowledge(paid.reference(), K01, T0)).isTrue();
    assertThat(registry.acknowledge(paid.reference(), K01, T0)).isFalse(); // once
    assertThat(registry.unacknowledgedPayments(T0.minus(Duration.ofDays(1)))).isEmpty();
  }

  @Test
  void onlyAFreshOpenIntentCanBeAnnouncedAndOriginsAreIds() {
    PaymentIntent intent = announced(5, 150_000);
    PaymentIntent partial =
        new PaymentIntent(
            intent.reference(),
            intent.amount(),
            Money.ofDong(1),
            intent.ticketRef(),
            intent.createdAt(),
            intent.expiresAt(),
            PaymentStatus.PARTIAL);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.register(partial, K01, T0))
        .withMessageContaining("must be OPEN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IntentOrigin("BV Chợ Rẫy", "k01"))
        .withMessageContaining("site must be 1-32 lower-case");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IntentOrigin("bv", null))
        .withMessage("kiosk must be 1-32 lower-case letters, digits or '-', was null");
  }
}
