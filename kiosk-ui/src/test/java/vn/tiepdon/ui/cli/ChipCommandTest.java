package vn.tiepdon.ui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;

class ChipCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TODAY = "2026-11-22";
  private static final List<MadeUpCitizen> CITIZENS =
      MadeUpCitizens.asOf(
          Clock.fixed(
              LocalDate.parse(TODAY).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
              ZoneId.of("Asia/Ho_Chi_Minh")));

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private JsonNode json() throws Exception {
    return JSON.readTree(out.toString());
  }

  @Test
  void readsTheSoftwareChipWithPaceAndFindsItGenuine() throws Exception {
    int status = run("chip", "read", "--emulated", "--citizen", "4", "--today", TODAY);

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = json();
    assertThat(json.get("access").asText()).isEqualTo("PACE");
    assertThat(json.at("/passiveAuthentication/verdict").asText()).isEqualTo("GENUINE");
    assertThat(json.at("/dg13/id").asText()).isEqualTo(CITIZENS.get(3).card().id().value());
    assertThat(json.at("/dg13/fullName").asText()).isEqualTo("Lê Thị Hồng Ặng");
    assertThat(json.at("/dg13/sex").asText()).isEqualTo("FEMALE");
    assertThat(json.get("mismatches")).isEmpty();
    assertThat(json.get("chipAuthentication").asText()).isEqualTo("PASSED");
    assertThat(json.get("apdus").asInt()).isEqualTo(23);
    assertThat(json.has("ms")).isTrue();
  }

  @Test
  void aTamperedPhotoIsReportedWithItsDataGroup() throws Exception {
    int status = run("chip", "read", "--emulated", "--tamper", "DG2", "--today", TODAY);

    assertThat(status).isZero();
    assertThat(json().at("/passiveAuthentication/verdict").asText()).isEqualTo("TAMPERED");
    assertThat(json().at("/passiveAuthentication/dataGroup").asInt()).isEqualTo(2);
  }

  @Test
  void aChipUnderAnotherCscaIsUntrusted() throws Exception {
    int status = run("chip", "read", "--emulated", "--untrusted", "--today", TODAY);

    assertThat(status).isZero();
    assertThat(json().at("/passiveAuthentication/verdict").asText()).isEqualTo("UNTRUSTED_SIGNER");
  }

  @Test
  void aQrWithAnotherNameIsAMismatch() throws Exception {
    String qr = CITIZENS.get(3).qrText().replace("Lê Thị Hồng Ặng", "Lê Thị Hồng Ánh");

    int status = run("chip", "read", "--emulated", "--citizen", "4", "--qr", qr, "--today", TODAY);

    assertThat(status).as(err.toString()).isZero();
    JsonNode mismatch = json().get("mismatches").get(0);
    assertThat(mismatch.get("field").asText()).isEqualTo("FULL_NAME");
    assertThat(mismatch.get("qr").asText()).isEqualTo("Lê Thị Hồng Ánh");
    assertThat(mismatch.get("chip").asText()).isEqualTo("Lê Thị Hồng Ặng");
  }

  @Test
  void anotherCardsQrIsTheWrongKeyAndExits2() {
    int status =
        run(
            "chip",
            "read",
            "--emulated",
            "--citizen",
            "4",
            "--qr",
            CITIZENS.get(6).qrText(),
            "--today",
            TODAY);

    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith("tiepdon: the chip refused the key from the QR")
        .doesNotContain(CITIZENS.get(6).card().id().value());
  }

  @Test
  void pcscNeedsTheQr() {
    assertThat(run("chip", "read", "--pcsc")).isEqualTo(2);
    assertThat(err.toString()).contains("--pcsc needs --qr TEXT");
  }

  @Test
  void pcscWithoutAReaderExits2WithOneLine() {
    int status = run("chip", "read", "--pcsc", "No Such Reader", "--qr", CITIZENS.get(3).qrText());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("tiepdon: no PC/SC reader");
  }

  @Test
  void anUnknownCitizenNumberIsBadInput() {
    assertThat(run("chip", "read", "--emulated", "--citizen", "9", "--today", TODAY)).isEqualTo(2);
    assertThat(err.toString()).contains("--citizen must be 1 to 8, was 9");
  }

  @Test
  void aClonedChipExits2AsNotGenuine() {
    int status = run("chip", "read", "--emulated", "--clone", "--today", TODAY);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("tiepdon: the chip is not genuine: it failed Chip Authentication");
  }
}
