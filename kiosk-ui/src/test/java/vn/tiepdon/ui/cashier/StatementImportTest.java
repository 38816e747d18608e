package vn.tiepdon.ui.cashier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.desk.PaymentListener;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.sqlite.JdbcPaymentLedger;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore;

/** Statement import and report export on a real SQLite file. */
class StatementImportTest {
  static final String ACCOUNT = "0011001234567";
  // 09:00 in Vietnam on 1 December 2026.
  final Clock clock = Clock.fixed(java.time.Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  PaymentDesk desk;
  PaymentIntents intents;

  @BeforeEach
  void open() {
    DataSource db = PaymentDatabase.open(dir.resolve("desk.db"));
    PaymentMigrations.migrate(db);
    desk = new PaymentDesk(new JdbcPaymentLedger(db), clock, PaymentListener.NONE, Set.of(ACCOUNT));
    intents =
        new PaymentIntents(
            new PaymentSettings("970436", ACCOUNT, "BENH VIEN"),
            new SqlitePaymentIntentStore(db),
            clock,
            new SecureRandom());
  }

  @Test
  void aVietcombankStatementWithoutAnAccountColumnIsTheHospitalsAccount() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-0001");
    Path file =
        Files.writeString(
            dir.resolve("vcb.csv"),
            "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,,\n"
                + "STT,Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả\n"
                + "1,01/12/2026 09:05:00,5243.65937,,\"150,000\",\"12,150,000\",\"MBVCB.4530998360."
                + intent.reference()
                + " VIEN PHI\"\n"
                + "2,01/12/2026 09:06:00,5243.65938,\"20,000\",,\"12,130,000\",Phí dịch vụ\n",
            StandardCharsets.UTF_8);

    StatementImport.Result result = new StatementImport(desk, ACCOUNT).run(file, "vietcombank");

    assertThat(result.booked()).isEqualTo(1);
    assertThat(result.forCashier()).isZero();
    assertThat(intents.status(intent.reference())).contains(PaymentStatus.PAID);
  }

  @Test
  void anUnknownLayoutAndAMissingFileAreNamed() {
    StatementImport statements = new StatementImport(desk, ACCOUNT);
    assertThatThrownBy(() -> statements.run(dir.resolve("x.csv"), "acb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'acb'")
        .hasMessageContaining("generic, vietcombank, techcombank");
    assertThatThrownBy(() -> statements.run(dir.resolve("missing.csv"), "generic"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void aStatementThatIsNotUtf8IsRefusedWithNothingStored() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        ("transaction_id,booked_at,amount,content,account\n"
                + "FT1,2026-12-01T09:00:00+07:00,5000,Vi\u1EC7n ph\u00ED,0011001234567\n")
            .getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> new StatementImport(desk, ACCOUNT).run(file, "generic"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("latin1.csv");
    assertThat(desk.transfers(LocalDate.of(2026, 12, 1), CashierTexts.VIETNAM)).isEmpty();
  }

  @Test
  void reportsAreNamedByDayAndLanguageAndAnUnwritableFolderIsAnError() throws Exception {
    intents.create(Money.ofDong(150_000), "K01-0002");
    LocalDate day = LocalDate.of(2026, 12, 1);
    ReportExport export = new ReportExport(desk, dir.resolve("reports"));

    Path csv = export.csv(day, Locale.ENGLISH);
    Path pdf = export.pdf(day, Locale.forLanguageTag("vi"));

    assertThat(csv.getFileName()).hasToString("payment-report-2026-12-01.csv");
    assertThat(pdf.getFileName()).hasToString("bao-cao-thanh-toan-2026-12-01.pdf");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .startsWith("\uFEFF")
        .contains("K01-0002");
    assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F');

    Files.writeString(dir.resolve("a-file"), "x");
    assertThatThrownBy(() -> new ReportExport(desk, dir.resolve("a-file")).csv(day, Locale.ENGLISH))
        .isInstanceOf(FileAlreadyExistsException.class)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("a-file");
  }
}
