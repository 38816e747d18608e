package vn.tiepdon.payment.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.MutableClock;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.Outcome;

/**
 * What every {@link JdbcPaymentLedger} database must do: run by {@link SqlitePaymentLedgerTest} on
 * a SQLite file and by {@link PostgresPaymentLedgerIT} on PostgreSQL.
 */
abstract class PaymentLedgerContract {
  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  static final PaymentSettings SETTINGS =
      new PaymentSettings("970436", "0011001234567", "BENH VIEN DA KHOA ABC");

  /** A freshly migrated, empty database. */
  abstract DataSource database();

  MutableClock clock;
  PaymentIntents intents;
  PaymentDesk desk;
  JdbcPaymentLedger ledger;
  final List<PaymentIntent> told = new CopyOnWriteArrayList<>();
  private long nextId;

  @BeforeEach
  void setUp() {
    DataSource db = database();
    clock = new MutableClock(T0);
    intents =
        new PaymentIntents(
            SETTINGS, new SqlitePaymentIntentStore(db), clock, new SplittableRandom(nextSeed()));
    ledger = new JdbcPaymentLedger(db);
    desk = new PaymentDesk(ledger, clock, told::add);
  }

  long nextSeed() {
    return System.nanoTime();
  }

  BankTransfer transfer(String content, long dong, Duration afterT0) {
    return new BankTransfer(
        TransferSource.SEPAY,
        "T" + (++nextId),
        T0.plus(afterT0),
        Money.ofDong(dong),
        content,
        "0011001234567");
  }

  @Test
  void aMatchingTransferMakesTheIntentPaidAndTellsTheKiosk() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-0001");

    PaymentDesk.Ingested result =
        desk.ingest(
            transfer(
                "MBVCB.4530998360.029552." + intent.reference() + " VIEN PHI.CT tu",
                150_000,
                Duration.ofMinutes(2)));

    assertThat(result.outcome()).isEqualTo(Outcome.MATCHED);
    assertThat(intents.status(intent.reference())).contains(PaymentStatus.PAID);
    assertThat(told)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.reference()).isEqualTo(intent.reference());
              assertThat(i.status()).isEqualTo(PaymentStatus.PAID);
            });
    TransferRecord stored =
        ledger
            .transfer(TransferSource.SEPAY, result.record().transfer().transactionId())
            .orElseThrow();
    assertThat(stored.state()).isEqualTo(TransferState.BOOKED);
    assertThat(stored.reference()).contains(intent.reference());
    assertThat(stored.transfer()).isEqualTo(result.record().transfer());
  }

  @Test
  void aRepeatedNotificationIsCountedNotBookedTwice() {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-0002");
    BankTransfer t = transfer(intent.reference().value(), 150_000, Duration.ofMinutes(1));

    desk.ingest(t);
    PaymentDesk.Ingested again = desk.ingest(t);
    PaymentDesk.Ingested third = desk.ingest(t);

    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(third.record().duplicates()).isEqualTo(2);
    assertThat(intents.find(intent.reference()).orElseThrow().received())
        .isEqualTo(Money.ofDong(150_000));
    assertThat(told).hasSize(1);
  }

  @Test
  void twoPartsArePartialThenMatchedAndMoreIsOverpaid() {
    PaymentIntent a = intents.create(Money.ofDong(200_000), "K01-0003");
    PaymentIntent b = intents.create(Money.ofDong(50_000), "K01-0004");

    assertThat(
            desk.ingest(transfer(a.reference() + " dot 1", 120_000, Duration.ofMinutes(1)))
                .outcome())
        .isEqualTo(Outcome.PARTIAL);
    assertThat(
            desk.ingest(transfer(a.reference() + " dot 2", 80_000, Duration.ofMinutes(3)))
                .outcome())
        .isEqualTo(Outcome.MATCHED);
    assertThat(
            desk.ingest(
                    transfer(b.reference().value().toLowerCase(), 70_000, Duration.ofMinutes(3)))
                .outcome())
        .isEqualTo(Outcome.OVERPAID);
    assertThat(intents.status(b.reference())).contains(PaymentStatus.OVERPAID);
  }

  @Test
  void lateAndCodelessTransfersWaitForACashierWhoMatchesOneWithANote() {
    PaymentIntent late = intents.create(Money.ofDong(150_000), "K01-0005");
    PaymentIntent unpaid = intents.create(Money.ofDong(90_000), "K01-0006");

    PaymentDesk.Ingested afterExpiry =
        desk.ingest(transfer(late.reference().value(), 150_000, Duration.ofMinutes(20)));
    PaymentDesk.Ingested noCode =
        desk.ingest(transfer("chuyen tien kham benh", 90_000, Duration.ofMinutes(2)));

    assertThat(afterExpiry.outcome()).isEqualTo(Outcome.LATE);
    assertThat(afterExpiry.record().reason()).isEqualTo("EXPIRED");
    assertThat(noCode.outcome()).isEqualTo(Outcome.UNMATCHED_TRANSFER);
    assertThat(noCode.record().reason()).isEqualTo("NO_CODE");
    assertThat(told).isEmpty();

    clock.advance(Duration.ofHours(1));
    String id = noCode.record().transfer().transactionId();
    PaymentDesk.Ingested matched =
        desk.matchManually(
            TransferSource.SEPAY,
            id,
            unpaid.reference(),
            "thu.ngan.01",
            "Bệnh nhân đưa biên lai, mã bị xóa");

    assertThat(matched.outcome()).isEqualTo(Outcome.MATCHED);
    assertThat(matched.record().manual()).isTrue();
    assertThat(intents.status(unpaid.reference())).contains(PaymentStatus.PAID);
    assertThat(told).extracting(PaymentIntent::reference).containsExactly(unpaid.reference());
    List<AuditEntry> audit = desk.audit(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM);
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditEntry.Action.MANUAL_MATCH);
              assertThat(e.cashier()).isEqualTo("thu.ngan.01");
              assertThat(e.note()).isEqualTo("Bệnh nhân đưa biên lai, mã bị xóa");
              assertThat(e.reference()).contains(unpaid.reference());
              assertThat(e.at()).isEqualTo(T0.plus(Duration.ofHours(1)));
            });

    assertThatThrownBy(
            () ->
                desk.matchManually(
                    TransferSource.SEPAY, id, late.reference(), "thu.ngan.01", "again"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is booked on " + unpaid.reference() + " already");
    assertThat(desk.audit(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM)).hasSize(1);
  }

  @Test
  void aCancelledIntentCannotBeMatchedByHandAndNothingIsWritten() {
    PaymentIntent cancelled = intents.create(Money.ofDong(150_000), "K01-0007");
    intents.cancel(cancelled.reference());
    PaymentDesk.Ingested arrived =
        desk.ingest(transfer(cancelled.reference().value(), 150_000, Duration.ofMinutes(1)));

    assertThat(arrived.outcome()).isEqualTo(Outcome.LATE);
    assertThat(arrived.record().reason()).isEqualTo("CANCELLED");
    String id = arrived.record().transfer().transactionId();
    assertThatThrownBy(
            () ->
                desk.matchManually(
                    TransferSource.SEPAY, id, cancelled.reference(), "thu.ngan.01", "thu lai"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cancelled");
    assertThat(desk.audit(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM)).isEmpty();
    assertThat(ledger.transfer(TransferSource.SEPAY, id).orElseThrow().state())
        .isEqualTo(TransferState.LATE);
  }

  @Test
  void notesNeedAKnownTransferAndWords() {
    BankTransfer t = transfer("chuyen tien", 10_000, Duration.ofMinutes(1));
    desk.ingest(t);

    desk.addNote(
        TransferSource.SEPAY, t.transactionId(), "thu.ngan.02", "Đã hoàn tiền cho người chuyển");
    assertThatThrownBy(() -> desk.addNote(TransferSource.SEPAY, "nope", "thu.ngan.02", "x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> desk.addNote(TransferSource.SEPAY, t.transactionId(), "thu.ngan.02", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note must be 1-500 characters");
    assertThat(desk.audit(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM))
        .extracting(AuditEntry::action)
        .containsExactly(AuditEntry.Action.NOTE);
  }

  @Test
  void concurrentDeliveriesOfOneNotificationBookItOnce() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(100_000), "K01-0008");
    BankTransfer same = transfer(intent.reference().value(), 100_000, Duration.ofMinutes(1));
    List<BankTransfer> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      parts.add(transfer(intent.reference() + " phan " + i, 1_000, Duration.ofMinutes(2)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<PaymentDesk.Ingested>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> desk.ingest(same)));
      }
      for (BankTransfer part : parts) {
        results.add(pool.submit(() -> desk.ingest(part)));
      }
      int duplicates = 0;
      for (Future<PaymentDesk.Ingested> r : results) {
        if (r.get().outcome() == Outcome.DUPLICATE) {
          duplicates++;
        }
      }
      assertThat(duplicates).isEqualTo(5);
    } finally {
      pool.shutdownNow();
    }
    assertThat(intents.find(intent.reference()).orElseThrow().received())
        .isEqualTo(Money.ofDong(110_000));
    assertThat(
            ledger.transfer(TransferSource.SEPAY, same.transactionId()).orElseThrow().duplicates())
        .isEqualTo(5);
    assertThat(desk.transfers(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM)).hasSize(11);
  }

  @Test
  void aStatementImportedAfterTheWebhooksAddsOnlyWhatWasMissing() {
    PaymentIntent a = intents.create(Money.ofDong(100_000), "K01-0010");
    PaymentIntent b = intents.create(Money.ofDong(40_000), "K01-0011");
    BankTransfer viaWebhook = transfer(a.reference().value(), 100_000, Duration.ofMinutes(1));
    desk.ingest(viaWebhook);
    BankTransfer missed =
        transfer("IBFT " + b.reference() + " VIEN PHI", 40_000, Duration.ofMinutes(2));

    var counts =
        desk.ingestAll(
            List.of(viaWebhook, missed, transfer("rut tien", 5_000, Duration.ofMinutes(3))));

    assertThat(counts)
        .containsEntry(Outcome.DUPLICATE, 1)
        .containsEntry(Outcome.MATCHED, 1)
        .containsEntry(Outcome.UNMATCHED_TRANSFER, 1);
    assertThat(intents.status(b.reference())).contains(PaymentStatus.PAID);
  }

  @Test
  void moneyForAnotherAccountIsNeverBookedEvenWithAValidCode() {
    PaymentDesk checking =
        new PaymentDesk(ledger, clock, told::add, java.util.Set.of("0011001234567"));
    PaymentIntent intent = intents.create(Money.ofDong(50_000), "K01-0012");
    BankTransfer elsewhere =
        new BankTransfer(
            TransferSource.CASSO,
            "X1",
            T0.plusSeconds(60),
            Money.ofDong(50_000),
            intent.reference().value(),
            "9999999999");

    PaymentDesk.Ingested result = checking.ingest(elsewhere);

    assertThat(result.outcome()).isEqualTo(Outcome.UNMATCHED_TRANSFER);
    assertThat(result.record().reason()).isEqualTo(PaymentDesk.OTHER_ACCOUNT);
    assertThat(intents.status(intent.reference())).contains(PaymentStatus.OPEN);
    assertThat(told).isEmpty();
  }

  @Test
  void listsTheDaysIntentsAndTransfersInTheHospitalsTimeZone() {
    PaymentIntent today = intents.create(Money.ofDong(10_000), "K01-0009");
    desk.ingest(transfer(today.reference().value(), 10_000, Duration.ofMinutes(1)));
    // 2026-12-01 17:30 UTC is already 2 December in Vietnam
    desk.ingest(transfer("chuyen tien", 5_000, Duration.ofHours(15).plusMinutes(30)));

    assertThat(desk.intents(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM))
        .extracting(PaymentIntent::reference)
        .containsExactly(today.reference());
    assertThat(desk.transfers(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM)).hasSize(1);
    assertThat(desk.transfers(LocalDate.of(2026, 12, 2), CsvStatementFormat.VIETNAM)).hasSize(1);
  }
}
