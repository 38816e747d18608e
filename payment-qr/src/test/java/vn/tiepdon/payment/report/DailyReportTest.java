package vn.tiepdon.payment.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.MutableClock;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.reconcile.Outcome;
import vn.tiepdon.payment.sqlite.JdbcPaymentLedger;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;

/** A day at the desk on a real SQLite file, exported as CSV and PDF with Vietnamese intact. */
class DailyReportTest {
  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @TempDir Path dir;
  PaymentDesk desk;
  DailyReport report;

  @BeforeEach
  void aDay() {
    DataSource db = PaymentDatabase.open(dir.resolve("desk.db"));
    PaymentMigrations.migrate(db);
    MutableClock clock = new MutableClock(T0);
    PaymentIntents intents =
        new PaymentIntents(
            new PaymentSettings("970436", "0011001234567", "BENH VIEN DA KHOA ABC"),
            new SqlitePaymentIntentStore(db),
            clock,
            new SplittableRandom(9));
    desk = new PaymentDesk(new JdbcPaymentLedger(db), clock, PaymentListener.NONE);
    PaymentIntent paid = intents.create(Money.ofDong(150_000), "K01-0201");
    PaymentIntent partial = intents.create(Money.ofDong(200_000), "K01-0202");
    PaymentIntent byHand = intents.create(Money.ofDong(90_000), "K01-0203");
    PaymentIntent expired = intents.create(Money.ofDong(30_000), "K01-0204");
    desk.ingest(
        transfer(
            "1",
            "MBVCB.4530998360.029552." + paid.reference() + " Thanh toán viện phí",
            150_000,
            2));
    desk.ingest(
        transfer(
            "1",
            "MBVCB.4530998360.029552." + paid.reference() + " Thanh toán viện phí",
            150_000,
            2));
    desk.ingest(transfer("2", partial.reference() + " đóng tiền khám", 120_000, 3));
    desk.ingest(transfer("3", "Nguyễn Văn An chuyển tiền khám bệnh", 90_000, 4));
    desk.ingest(transfer("4", expired.reference() + " muộn", 10_000, 40));
    clock.advance(Duration.ofHours(2));
    desk.matchManually(
        TransferSource.CASSO,
        "3",
        byHand.reference(),
        "thu.ngan.01",
        "Bệnh nhân đưa biên lai; mã đã bị xóa");
    report = DailyReport.of(desk, DAY, CsvStatementFormat.VIETNAM);
  }

  static BankTransfer transfer(String id, String content, long dong, long minutes) {
    return new BankTransfer(
        TransferSource.CASSO,
        id,
        T0.plus(Duration.ofMinutes(minutes)),
        Money.ofDong(dong),
        content,
        "0011001234567");
  }

  @Test
  void totalsGiveEveryIntentAndTransferOneOutcome() {
    assertThat(report.intents())
        .extracting(l -> l.intent().ticketRef() + "=" + l.outcome())
        .containsExactlyInAnyOrder(
            "K01-0201=MATCHED", "K01-0202=PARTIAL", "K01-0203=MATCHED", "K01-0204=UNPAID_INTENT");
    assertThat(report.transfers())
        .extracting(l -> l.record().transfer().transactionId() + "=" + l.outcome())
        .containsExactly("1=MATCHED", "2=PARTIAL", "3=MATCHED", "4=LATE");
    assertThat(report.totals().get(Outcome.MATCHED))
        .isEqualTo(new DailyReport.Total(2, Money.ofDong(240_000)));
    assertThat(report.totals().get(Outcome.DUPLICATE).count()).isEqualTo(1);
    assertThat(report.totals().get(Outcome.LATE))
        .isEqualTo(new DailyReport.Total(1, Money.ofDong(10_000)));
    assertThat(report.expected()).isEqualTo(Money.ofDong(470_000));
    assertThat(report.booked()).isEqualTo(Money.ofDong(360_000));
    assertThat(report.awaitingReview()).isEqualTo(Money.ofDong(10_000));
    assertThat(report.audit()).hasSize(1);
  }

  @Test
  void csvHasAByteOrderMarkAndVietnameseInTheChosenLanguage() throws Exception {
    ByteArrayOutputStream vi = new ByteArrayOutputStream();
    DailyReportCsv.write(vi, report, new Locale("vi"));
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    DailyReportCsv.write(en, report, Locale.ENGLISH);

    byte[] bytes = vi.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Nội dung chuyển khoản")
        .contains("Khớp thủ công")
        .contains("Bệnh nhân đưa biên lai; mã đã bị xóa");
    assertThat(text).contains("Thanh toán viện phí").contains("\r\n");
    assertThat(text.lines().count()).isEqualTo(1 + 4 + 4 + 1);
    assertThat(new String(en.toByteArray(), StandardCharsets.UTF_8))
        .contains("Transfer content")
        .contains("Unpaid");
  }

  @Test
  void pdfEmbedsAFontWithVietnameseLettersAndReadsBackIntact() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DailyReportPdf().write(out, report, new Locale("vi"));
    Path pdf = Files.write(dir.resolve("report.pdf"), out.toByteArray());
    String keep = System.getProperty("tiepdon.report.dir"); // to look at it: pdftoppm -png -r 80
    if (keep != null) {
      Files.write(
          Files.createDirectories(Path.of(keep)).resolve("daily-report.pdf"), out.toByteArray());
    }

    PdfReader reader = new PdfReader(pdf.toString());
    try {
      String page = new PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(page).contains("Báo cáo thanh toán ngày 01/12/2026");
      assertThat(page).contains("Chưa thanh toán").contains("150.000 ₫");
      PdfDictionary font = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
      boolean embedded = false;
      for (PdfName name : font.getKeys()) {
        PdfDictionary f = font.getAsDict(name);
        PdfDictionary descendant = f.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
        embedded |= descendant.getAsDict(PdfName.FONTDESCRIPTOR).contains(PdfName.FONTFILE2);
      }
      assertThat(embedded).as("a TrueType font is embedded").isTrue();
    } finally {
      reader.close();
    }
  }
}
