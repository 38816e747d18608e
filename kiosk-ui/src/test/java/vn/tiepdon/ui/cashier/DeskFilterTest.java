package vn.tiepdon.ui.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.TransferRecord;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;

class DeskFilterTest {
  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  final ReferenceCode code = ReferenceCode.generate(new SplittableRandom(7));
  final PaymentIntent open =
      PaymentIntent.open(code, Money.ofDong(150_000), "K01-1023", NOW, Duration.ofMinutes(15));
  final TransferRecord unmatched =
      new TransferRecord(
          new BankTransfer(
              TransferSource.SEPAY,
              "92704",
              NOW,
              Money.ofDong(90_000),
              "Chuyển tiền khám bệnh cho mẹ",
              "0011001234567"),
          NOW,
          TransferState.UNMATCHED,
          "NO_CODE",
          Optional.empty(),
          false,
          0);

  @Test
  void noFilterShowsEverything() {
    assertThat(DeskFilter.NONE.matches(open)).isTrue();
    assertThat(DeskFilter.NONE.matches(unmatched)).isTrue();
  }

  @Test
  void statusAndStateNarrowTheirOwnTable() {
    DeskFilter paidOnly = new DeskFilter(Optional.of(PaymentStatus.PAID), Optional.empty(), "");
    DeskFilter lateOnly = new DeskFilter(Optional.empty(), Optional.of(TransferState.LATE), "");
    assertThat(paidOnly.matches(open)).isFalse();
    assertThat(paidOnly.matches(unmatched)).isTrue();
    assertThat(lateOnly.matches(unmatched)).isFalse();
    assertThat(lateOnly.matches(open)).isTrue();
  }

  @Test
  void searchIgnoresCaseDiacriticsAndSpacing() {
    assertThat(search("kham benh").matches(unmatched)).isTrue();
    assertThat(search("KHÁM BỆNH").matches(unmatched)).isTrue();
    assertThat(search("9 27 04").matches(unmatched)).isTrue();
    assertThat(search(code.value().toLowerCase()).matches(open)).isTrue();
    assertThat(search("k01-1023").matches(open)).isTrue();
    assertThat(search("vien phi").matches(unmatched)).isFalse();
    assertThat(search("vien phi").matches(open)).isFalse();
  }

  private static DeskFilter search(String text) {
    return new DeskFilter(Optional.empty(), Optional.empty(), text);
  }
}
