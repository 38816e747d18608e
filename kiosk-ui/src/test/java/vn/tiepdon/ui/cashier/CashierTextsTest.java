package vn.tiepdon.ui.cashier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.desk.AuditEntry;
import vn.tiepdon.payment.desk.TransferState;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reconcile.UnmatchedReason;

class CashierTextsTest {
  private final CashierTexts vi = CashierTexts.of(Locale.forLanguageTag("vi"));
  private final CashierTexts en = CashierTexts.of(Locale.ENGLISH);

  @Test
  void moneyIsWrittenVietnameseStyleAndAsTheKioskWritesItInEnglish() {
    assertThat(vi.money(Money.ofDong(150_000))).isEqualTo("150.000 ₫");
    assertThat(vi.money(Money.ofDong(499_999_999))).isEqualTo("499.999.999 ₫");
    assertThat(vi.money(Money.ZERO)).isEqualTo("0 ₫");
    assertThat(en.money(Money.ofDong(150_000))).isEqualTo("150,000 VND");
    assertThat(vi.count(3_000)).isEqualTo("3.000");
    assertThat(en.count(3_000)).isEqualTo("3,000");
  }

  @Test
  void timesAreVietnamTimeWhateverTheMachineZone() {
    Instant at = Instant.parse("2026-12-01T17:30:05Z");
    assertThat(vi.time(at)).isEqualTo("02/12/2026 00:30:05");
    assertThat(vi.clockTime(at)).isEqualTo("00:30:05");
    assertThat(en.date(LocalDate.of(2026, 12, 2))).isEqualTo("02/12/2026");
  }

  @Test
  void aJvmInAnotherLanguageGetsVietnamese() {
    assertThat(CashierTexts.of(Locale.FRENCH).get("button.audit")).isEqualTo("Nhật ký thao tác");
    assertThat(en.reportLocale().getLanguage()).isEqualTo("en");
    assertThat(vi.reportLocale().getLanguage()).isEqualTo("vi");
  }

  @Test
  void bothBundlesHaveTheSameKeysAndAWordForEveryStatusStateReasonSourceAndAction()
      throws Exception {
    Properties base = bundle("cashier.properties");
    Properties english = bundle("cashier_en.properties");
    assertThat(english.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    for (PaymentStatus s : PaymentStatus.values()) {
      assertThat(base).containsKey("status." + s.name());
    }
    for (TransferState s : TransferState.values()) {
      assertThat(base).containsKey("state." + s.name());
    }
    for (UnmatchedReason r : UnmatchedReason.values()) {
      assertThat(base).containsKey("reason." + r.name());
    }
    for (TransferSource s : TransferSource.values()) {
      assertThat(base).containsKey("source." + s.key());
    }
    for (AuditEntry.Action a : AuditEntry.Action.values()) {
      assertThat(base).containsKey("action." + a.name());
    }
    for (String preset : StatementImport.PRESETS) {
      assertThat(base).containsKey("import.preset." + preset);
    }
  }

  private static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = CashierTexts.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
