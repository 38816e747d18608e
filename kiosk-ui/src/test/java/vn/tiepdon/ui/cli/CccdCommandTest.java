package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CccdCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CUC =
      "048195005678|201234567|Lê Thị Cúc|21071995|Nữ|Tổ 3, Phường Hải Châu, Thành phố Đà Nẵng|05032025||||";
  private static final String BINH =
      "001304009876||Trần Thị Bình|02092004|Nữ|Số 5 Ngõ 10 Phố Huế, Hai Bà Trưng, Hà Nội|10102021";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int parse(byte[] stdin, String... options) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    CccdCommand.Parse parse =
        cli.getSubcommands().get("cccd").getSubcommands().get("parse").getCommand();
    parse.stdin = new ByteArrayInputStream(stdin);
    List<String> args = new ArrayList<>(List.of("cccd", "parse"));
    args.addAll(List.of(options));
    return cli.execute(args.toArray(String[]::new));
  }

  private int parse(String stdin) {
    return parse(stdin.getBytes(UTF_8), "--today", "2025-06-01");
  }

  @Test
  void printsTheCardAsJsonWithExactlyTheAgreedKeys() throws Exception {
    int status = parse(CUC + "\r\n");

    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
    JsonNode json = JSON.readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "oldId",
            "fullName",
            "dateOfBirth",
            "sex",
            "address",
            "issueDate",
            "cardType",
            "provinceCode",
            "province",
            "expiryDate",
            "chipAccess",
            "warnings");
    assertThat(json.get("id").asText()).isEqualTo("048195005678");
    assertThat(json.get("oldId").asText()).isEqualTo("201234567");
    assertThat(json.get("fullName").asText()).isEqualTo("Lê Thị Cúc");
    assertThat(json.get("dateOfBirth").asText()).isEqualTo("1995-07-21");
    assertThat(json.get("sex").asText()).isEqualTo("FEMALE");
    assertThat(json.get("address").asText()).isEqualTo("Tổ 3, Phường Hải Châu, Thành phố Đà Nẵng");
    assertThat(json.get("issueDate").asText()).isEqualTo("2025-03-05");
    assertThat(json.get("cardType").asText()).isEqualTo("CAN_CUOC_2024");
    assertThat(json.get("provinceCode").asText()).isEqualTo("048");
    assertThat(json.get("province").asText()).isEqualTo("Đà Nẵng");
    assertThat(json.get("expiryDate").asText()).isEqualTo("2035-07-21");
    assertThat(json.get("chipAccess").get("documentNumber").asText()).isEqualTo("195005678");
    assertThat(json.get("chipAccess").get("can").asText()).isEqualTo("005678");
    assertThat(json.get("chipAccess").size()).isEqualTo(2);
    assertThat(json.get("warnings").isArray()).isTrue();
    assertThat(json.get("warnings").size()).isZero();
  }

  @Test
  void emptyOldIdUnknownProvinceAndNoExpiryAreNullsAndWarnings() throws Exception {
    int status = parse("099048001234||Trần Văn Đức|12061948|Nam|Quận 1|20042021");

    assertThat(status).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("oldId").isNull()).isTrue();
    assertThat(json.get("province").isNull()).isTrue();
    assertThat(json.get("expiryDate").isNull()).isTrue();
    assertThat(json.get("sex").asText()).isEqualTo("MALE");
    assertThat(json.get("cardType").asText()).isEqualTo("CCCD_2021");
    assertThat(json.get("warnings").get(0).asText())
        .isEqualTo("UNKNOWN_PROVINCE: province code 099 is not in the legacy 63-province table");
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "https://example.com;"
            + "not a CCCD QR code: expected 7 (CCCD) or 11 (Căn cước) '|'-separated fields, found 1;"
            + "another QR code",
        "001304009876||Trần Thị Bình|02/09/2004|Nữ|Hà Nội|10102021;"
            + "invalid CCCD QR field dateOfBirth (NOT_A_DATE): dateOfBirth must be 8 digits ddMMyyyy,"
            + " was '02/09/2004';"
            + "date with slashes",
        "001304009876||Trần Thị Bình|02092004|Nam|Hà Nội|10102021;"
            + "invalid CCCD QR field sex (DOES_NOT_MATCH_ID): sex is MALE but id 001******876 encodes"
            + " FEMALE;"
            + "sex disagrees with the ID",
        "00130400987||Trần Thị Bình|02092004|Nữ|Hà Nội|10102021;"
            + "invalid CCCD QR field id (WRONG_LENGTH): id must be exactly 12 digits, got 11 characters;"
            + "11-digit ID",
        "001304009876||Trần Thị Bình|02092004|Nữ|Hà Nội|10102026;"
            + "invalid CCCD QR field issueDate (IN_FUTURE): issueDate 2026-10-10 is after today"
            + " 2025-06-01;"
            + "issued in the future",
      })
  void badInputIsOneLineNamingTheFieldAndExitStatus2(String stdin, String line, String why) {
    int status = parse(stdin);

    assertThat(status).as(why).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("tiepdon: " + line + System.lineSeparator());
  }

  @Test
  void bytesThatAreNotUtf8AreBadInputNamingTheOffset() {
    byte[] latin1 =
        "001304009876||Tr\u00e2n|02092004|N\u00fb|H\u00e0 N\u00f4i|10102021"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    int status = parse(latin1, "--today", "2025-06-01");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "tiepdon: stdin is not UTF-8 text: bad byte sequence at byte offset 16"
                + System.lineSeparator());
  }

  @Test
  void aBadTodayOptionIsBadInput() {
    int status = parse(BINH.getBytes(UTF_8), "--today", "01/06/2025");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--today: not a date YYYY-MM-DD: '01/06/2025'");
  }

  @Test
  void everySampleParsesWithoutWarnings() throws Exception {
    CommandLine cli = Main.newCommandLine();
    StringWriter samples = new StringWriter();
    cli.setOut(new PrintWriter(samples, true));
    assertThat(cli.execute("cccd", "samples", "--today", "2026-11-22")).isZero();

    List<String> lines = samples.toString().lines().toList();
    assertThat(lines).hasSize(8);
    for (String qr : lines) {
      out.getBuffer().setLength(0);
      assertThat(parse(qr.getBytes(UTF_8), "--today", "2026-11-22")).as(qr).isZero();
      assertThat(JSON.readTree(out.toString()).get("warnings").size()).as(qr).isZero();
    }
  }
}
