package vn.tiepdon.payment.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.reference.ReferenceCodeFinder;

class CsvStatementReaderTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CsvStatementReaderTest.class.getResource("/feeds/" + name).toURI());
  }

  @Test
  void readsTheGenericFormatWithByteOrderMarkAndLocalTimes() throws Exception {
    List<BankTransfer> transfers =
        new CsvStatementReader(CsvStatementFormat.GENERIC).readAll(resource("generic.csv"));

    assertThat(transfers)
        .containsExactly(
            new BankTransfer(
                TransferSource.STATEMENT,
                "FT1",
                Instant.parse("2026-12-01T02:15:00Z"),
                Money.ofDong(150_000),
                "TD7K3M9QV VIEN PHI",
                "0011001234567"),
            new BankTransfer(
                TransferSource.STATEMENT,
                "FT2",
                Instant.parse("2026-12-01T02:16:00Z"),
                Money.ofDong(200_000),
                "Thanh toán viện phí",
                "0011001234567"));
  }

  @Test
  void readsAVietcombankExportPastItsTitleRowsWithWrappedDescriptions() throws Exception {
    List<BankTransfer> transfers = new ArrayList<>();
    CsvStatementReader reader =
        new CsvStatementReader(CsvStatementFormat.VIETCOMBANK.forAccount("0011001234567"));
    CsvStatementReader.Summary summary;
    try (var in = java.nio.file.Files.newBufferedReader(resource("vietcombank.csv"))) {
      summary = reader.read(in, "vietcombank.csv", transfers::add);
    }

    assertThat(summary).isEqualTo(new CsvStatementReader.Summary(2, 1, 5));
    assertThat(transfers)
        .extracting(BankTransfer::transactionId)
        .containsExactly("5243.65937", "5243.65940");
    assertThat(transfers)
        .extracting(BankTransfer::amount)
        .containsExactly(Money.ofDong(150_000), Money.ofDong(2_350_000));
    assertThat(transfers.get(0).bookedAt()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
    assertThat(transfers.get(0).account()).isEqualTo("0011001234567");
    assertThat(transfers.get(0).content()).contains("TD7K3M\n9QV VIEN PHI").contains("VIETCOMBANK");
    assertThat(new ReferenceCodeFinder().findSingle(transfers.get(0).content()))
        .hasValueSatisfying(code -> assertThat(code.value()).isEqualTo("TD7K3M9QV"));
    assertThat(transfers.get(1).content()).contains("Thanh toán viện phí");
  }

  @Test
  void readsATechcombankExportWithBilingualHeadersAndTimes() throws Exception {
    List<BankTransfer> transfers =
        new CsvStatementReader(CsvStatementFormat.TECHCOMBANK).readAll(resource("techcombank.csv"));

    assertThat(transfers).hasSize(1);
    BankTransfer t = transfers.get(0);
    assertThat(t.transactionId()).isEqualTo("FT26335012345678");
    assertThat(t.bookedAt()).isEqualTo(Instant.parse("2026-12-01T02:12:44Z"));
    assertThat(t.amount()).isEqualTo(Money.ofDong(500_000));
    assertThat(new ReferenceCodeFinder().findSingle(t.content())).isPresent();
  }

  @Test
  void aConfiguredLayoutWithIndicesSemicolonsAndDotThousands() throws IOException {
    CsvStatementFormat format =
        new CsvStatementFormat(
            "custom",
            ';',
            CsvColumn.at(0),
            CsvColumn.at(1),
            java.util.Optional.of(CsvColumn.at(2)),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            CsvColumn.at(3),
            java.util.Optional.empty(),
            "999",
            DateFormats.of(CsvStatementFormat.VIETNAM, "dd-MM-yyyy HH:mm"),
            AmountFormat.DOT_THOUSANDS);
    List<BankTransfer> transfers = new ArrayList<>();
    new CsvStatementReader(format)
        .read(
            new StringReader(
                "A1;01-12-2026 08:00;1.500.000,00;TD7K3M9QV\nA2;01-12-2026 08:01;-20.000;fee\n"),
            "custom.csv",
            transfers::add);

    assertThat(transfers)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.amount()).isEqualTo(Money.ofDong(1_500_000));
              assertThat(t.account()).isEqualTo("999");
            });
  }

  @Test
  void aBadAmountNamesFileLineColumnAndValue() {
    String csv =
        "transaction_id,booked_at,amount,content,account\nFT1,2026-12-01T09:15:00+07:00,1.5OO,x,1\n";

    assertThatThrownBy(() -> read(CsvStatementFormat.GENERIC, csv))
        .isInstanceOf(FeedFormatException.class)
        .hasMessage("feed.csv line 2, column \"amount\": not an amount: \"1.5OO\"");
  }

  @Test
  void aFractionOfADongIsRefusedNotRounded() {
    String csv =
        "transaction_id,booked_at,amount,content,account\nFT1,2026-12-01T09:15:00+07:00,100.50,x,1\n";

    assertThatThrownBy(() -> read(CsvStatementFormat.GENERIC, csv))
        .hasMessageContaining("line 2")
        .hasMessageContaining("not a whole number of dong");
  }

  @Test
  void aBadDateNamesTheLayoutsTried() {
    String csv = "transaction_id,booked_at,amount,content,account\nFT1,01/12/2026,100,x,1\n";

    assertThatThrownBy(() -> read(CsvStatementFormat.GENERIC, csv))
        .hasMessageContaining("line 2, column \"booked_at\": not an ISO-8601 date-time");
  }

  @Test
  void misplacedThousandsSeparatorsAreRefused() {
    assertThatThrownBy(() -> AmountFormat.COMMA_THOUSANDS.parseDong("1,50,000"))
        .hasMessageContaining("misplaced");
    assertThat(AmountFormat.COMMA_THOUSANDS.parseDong("1,500,000 VND")).isEqualTo(1_500_000L);
    assertThat(AmountFormat.COMMA_THOUSANDS.parseDong("(22,000)")).isEqualTo(-22_000L);
    assertThat(AmountFormat.COMMA_THOUSANDS.parseDong("")).isNull();
  }

  @Test
  void aFileWithoutTheColumnsSaysWhichItLookedFor() {
    assertThatThrownBy(() -> read(CsvStatementFormat.VIETCOMBANK, "a,b,c\n1,2,3\n"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("no header row with the columns of statement format vietcombank")
        .hasMessageContaining("\"Số tham chiếu\"");
  }

  @Test
  void aCreditWithoutReferenceIsAnErrorNotSkipped() {
    String csv =
        "transaction_id,booked_at,amount,content,account\n,2026-12-01T09:15:00+07:00,100,x,1\n";

    assertThatThrownBy(() -> read(CsvStatementFormat.GENERIC, csv))
        .hasMessageContaining("line 2, column \"transaction_id\": missing transaction reference");
  }

  @Test
  void presetsAreFoundByName() {
    assertThat(CsvStatementFormat.preset("Vietcombank")).contains(CsvStatementFormat.VIETCOMBANK);
    assertThat(CsvStatementFormat.preset("techcombank")).contains(CsvStatementFormat.TECHCOMBANK);
    assertThat(CsvStatementFormat.preset("nope")).isEmpty();
  }

  private static List<BankTransfer> read(CsvStatementFormat format, String csv) throws IOException {
    List<BankTransfer> out = new ArrayList<>();
    new CsvStatementReader(format).read(new StringReader(csv), "feed.csv", out::add);
    return out;
  }
}
