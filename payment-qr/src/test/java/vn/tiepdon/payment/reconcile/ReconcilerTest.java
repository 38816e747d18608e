package vn.tiepdon.payment.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.feed.sim.GeneratedFeed;
import vn.tiepdon.payment.reference.ReferenceCode;

class ReconcilerTest {
  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  static final ReferenceCode A = new ReferenceCode("TD7K3M9QV");

  @Test
  void everyTransferAndIntentOfAMangledFeedGetsTheOutcomeItWasMadeFor() {
    List<ExpectedPayment> intents = GeneratedFeed.intents(4_000, T0, 7);
    GeneratedFeed feed = new GeneratedFeed(intents, 4_200, 11, TransferSource.SEPAY);
    Reconciler reconciler = new Reconciler(intents);
    List<Outcome> expected = new ArrayList<>();
    for (GeneratedFeed.Item item : feed) {
      reconciler.accept(item.transfer());
      expected.add(item.expected());
    }
    Reconciler.Reconciliation result = reconciler.finish();

    for (int t = 0; t < expected.size(); t++) {
      assertThat(result.transferOutcome(t)).as("transfer %d", t).isEqualTo(expected.get(t));
    }
    Map<Outcome, Integer> intentCounts = new EnumMap<>(Outcome.class);
    for (int i = 0; i < intents.size(); i++) {
      assertThat(result.intentOutcome(i))
          .as("intent %d", i)
          .isEqualTo(feed.expectedIntentOutcome(i));
      intentCounts.merge(result.intentOutcome(i), 1, Integer::sum);
    }
    ReconciliationSummary s = result.summary();
    assertThat(s.transfers()).isEqualTo(4_200);
    assertThat(s.intents()).isEqualTo(4_000);
    // every outcome occurs, so the feed really exercises each rule
    assertThat(
            List.of(
                s.matched(),
                s.partial(),
                s.overpaid(),
                s.duplicate(),
                s.late(),
                s.unmatchedTransfers(),
                s.unpaidIntents()))
        .allSatisfy(n -> assertThat(n).isPositive());
    assertThat(intentCounts.get(Outcome.MATCHED)).isEqualTo(s.matched());
  }

  @Test
  void twoPartsMakeAMatchOnePartIsPartialAndMoreIsOverpaid() {
    ReferenceCode b = code(2);
    ReferenceCode c = code(3);
    Reconciler r =
        new Reconciler(List.of(intent(A, 150_000), intent(b, 100_000), intent(c, 100_000)));
    r.accept(transfer("1", "td7k3m9qv", 100_000, 60));
    r.accept(transfer("2", "TD7K3M 9QV vien phi", 50_000, 120));
    r.accept(transfer("3", b.value(), 60_000, 60));
    r.accept(transfer("4", "MBVCB.123." + c.value() + ".CT tu", 160_000, 60));
    Reconciler.Reconciliation result = r.finish();

    assertThat(List.of(result.intentOutcome(0), result.intentOutcome(1), result.intentOutcome(2)))
        .containsExactly(Outcome.MATCHED, Outcome.PARTIAL, Outcome.OVERPAID);
    assertThat(
            List.of(
                result.transferOutcome(0),
                result.transferOutcome(1),
                result.transferOutcome(2),
                result.transferOutcome(3)))
        .containsExactly(Outcome.MATCHED, Outcome.MATCHED, Outcome.PARTIAL, Outcome.OVERPAID);
    assertThat(result.receivedDong(0)).isEqualTo(150_000);
  }

  @Test
  void duplicatesLateAndUnmatchedTransfersLeaveTheIntentUnpaid() {
    ReferenceCode b = code(2);
    Reconciler r = new Reconciler(List.of(intent(A, 150_000), intent(b, 10_000)));
    r.accept(transfer("L", A.value(), 150_000, 15 * 60)); // exactly at expiry: late
    r.accept(transfer("L", A.value(), 150_000, 15 * 60)); // the same notification again
    r.accept(transfer("N", "chuyen tien kham benh", 150_000, 60));
    r.accept(transfer("T", "TD7K3M9QW", 150_000, 60)); // one symbol mistyped
    r.accept(transfer("S", A.value() + " " + b.value(), 160_000, 60));
    r.accept(transfer("U", code(9).value(), 160_000, 60));
    Reconciler.Reconciliation result = r.finish();

    assertThat(result.intentOutcome(0)).isEqualTo(Outcome.UNPAID_INTENT);
    assertThat(result.transferOutcome(0)).isEqualTo(Outcome.LATE);
    assertThat(result.intentOf(0)).isEqualTo(intent(A, 150_000));
    assertThat(result.transferOutcome(1)).isEqualTo(Outcome.DUPLICATE);
    assertThat(
            List.of(
                result.unmatchedReason(2),
                result.unmatchedReason(3),
                result.unmatchedReason(4),
                result.unmatchedReason(5)))
        .containsExactly(
            UnmatchedReason.NO_CODE,
            UnmatchedReason.NO_CODE,
            UnmatchedReason.SEVERAL_CODES,
            UnmatchedReason.UNKNOWN_CODE);
    ReconciliationSummary s = result.summary();
    assertThat(s).isEqualTo(new ReconciliationSummary(2, 6, 0, 0, 0, 1, 1, 4, 2, 0));
  }

  @Test
  void anIntentListedTwiceIsRefused() {
    assertThatThrownBy(() -> new Reconciler(List.of(intent(A, 1), intent(A, 2))))
        .hasMessage("intent TD7K3M9QV is listed twice");
  }

  static ExpectedPayment intent(ReferenceCode code, long dong) {
    return new ExpectedPayment(code, Money.ofDong(dong), T0, T0.plus(Duration.ofMinutes(15)));
  }

  static BankTransfer transfer(String id, String content, long dong, long secondsAfterT0) {
    return new BankTransfer(
        TransferSource.STATEMENT,
        id,
        T0.plusSeconds(secondsAfterT0),
        Money.ofDong(dong),
        content,
        "1");
  }

  static ReferenceCode code(long seed) {
    return ReferenceCode.generate(new java.util.SplittableRandom(seed));
  }
}
