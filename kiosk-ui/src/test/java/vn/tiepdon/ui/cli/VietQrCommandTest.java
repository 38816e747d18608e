package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VietQrCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE_A =
      "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA53037045406150000"
          + "5802VN62200816BV HD2409150012363044B11";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int runWithStdin(String stdin, String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    VietQrCommand.Decode decode =
        cli.getSubcommands().get("vietqr").getSubcommands().get("decode").getCommand();
    decode.stdin = new ByteArrayInputStream(stdin.getBytes(UTF_8));
    return cli.execute(args);
  }

  private int run(String... args) {
    return runWithStdin("", args);
  }

  @Test
  void encodePrintsExampleA() {
    int status =
        run(
            "vietqr",
            "encode",
            "--bin",
            "970436",
            "--account",
            "0011001234567",
            "--amount",
            "150000",
            "--purpose",
            "BV HD24091500123");

    assertThat(status).isZero();
    assertThat(out.toString().strip()).isEqualTo(EXAMPLE_A);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void encodeFoldsVietnameseAndWritesAPng() throws Exception {
    Path png = dir.resolve("qr.png");

    int status =
        run(
            "vietqr",
            "encode",
            "--bin",
            "970415",
            "--account",
            "9704150123456789",
            "--static",
            "--card",
            "--purpose",
            "Viện phí Đợt 2",
            "--bill",
            "HĐ24",
            "--terminal",
            "KIOSK01",
            "--png",
            png.toString(),
            "--size",
            "300");

    assertThat(status).as(err.toString()).isZero();
    String payload = out.toString().strip();
    assertThat(payload)
        .startsWith("000201010211")
        .contains("QRIBFTTC")
        .contains("0104HD24")
        .contains("0707KIOSK01")
        .contains("0814Vien phi Dot 2");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isLessThanOrEqualTo(300);
  }

  @Test
  void encodeNamesTheBadOption() {
    assertThat(run("vietqr", "encode", "--bin", "97043", "--account", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("--bin: bank BIN must be exactly 6 digits, was \"97043\"");

    err.getBuffer().setLength(0);
    assertThat(run("vietqr", "encode", "--bin", "970436", "--account", "1", "--amount", "150.000"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--amount must be a whole number of dong");

    err.getBuffer().setLength(0);
    assertThat(
            run("vietqr", "encode", "--bin", "970436", "--account", "1", "--amount", "500000000"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--amount: amount must be 1..499999999 dong");

    err.getBuffer().setLength(0);
    assertThat(
            run(
                "vietqr",
                "encode",
                "--bin",
                "970436",
                "--account",
                "1",
                "--purpose",
                "Thanh toán viện phí khám bệnh"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--purpose: purpose (62.08) must be at most 25");
  }

  @Test
  void decodePrintsTheFieldsAsJson() throws Exception {
    assertThat(runWithStdin(EXAMPLE_A + "\n", "vietqr", "decode")).as(err.toString()).isZero();

    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("bin").asText()).isEqualTo("970436");
    assertThat(json.get("bank").asText()).isEqualTo("Vietcombank");
    assertThat(json.get("account").asText()).isEqualTo("0011001234567");
    assertThat(json.get("service").asText()).isEqualTo("ACCOUNT");
    assertThat(json.get("dynamic").asBoolean()).isTrue();
    assertThat(json.get("amount").asLong()).isEqualTo(150_000);
    assertThat(json.get("currency").asText()).isEqualTo("704");
    assertThat(json.get("country").asText()).isEqualTo("VN");
    assertThat(json.get("billNumber").isNull()).isTrue();
    assertThat(json.get("purpose").asText()).isEqualTo("BV HD24091500123");
    assertThat(json.get("referenceLabel").isNull()).isTrue();
    assertThat(json.get("terminalLabel").isNull()).isTrue();
    assertThat(json.get("crcValid").asBoolean()).isTrue();
  }

  @Test
  void decodeOfAStaticCodeHasANullAmountAndAnUnknownBankIsNull() throws Exception {
    assertThat(run("vietqr", "encode", "--bin", "999999", "--account", "12", "--static")).isZero();
    String payload = out.toString().strip();
    out.getBuffer().setLength(0);

    assertThat(runWithStdin(payload, "vietqr", "decode")).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("amount").isNull()).isTrue();
    assertThat(json.get("bank").isNull()).isTrue();
    assertThat(json.get("dynamic").asBoolean()).isFalse();
  }

  @Test
  void decodeRejectsABadCrcWithTagAndPosition() {
    assertThat(runWithStdin(EXAMPLE_A.replace("4B11", "4B12"), "vietqr", "decode")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("tiepdon: invalid VietQR payload: tag 63 at position 120: CRC_MISMATCH")
        .contains("4B11");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void decodeRejectsEmptyInput() {
    assertThat(runWithStdin("", "vietqr", "decode")).isEqualTo(2);
    assertThat(err.toString()).contains("EMPTY");
  }

  @Test
  void referencePrintsFreshValidCodes() {
    assertThat(run("vietqr", "reference", "--count", "5")).isZero();

    String[] codes = out.toString().strip().split("\\R");
    assertThat(codes).hasSize(5).doesNotHaveDuplicates();
    assertThat(codes)
        .allSatisfy(
            code ->
                assertThat(vn.tiepdon.payment.reference.ReferenceCode.tryParse(code)).isPresent());
  }

  @Test
  void referenceCountIsBounded() {
    assertThat(run("vietqr", "reference", "--count", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be 1..10000, was 0");
  }

  @Test
  void pngSizeTooSmallIsBadInput() {
    assertThat(
            run(
                "vietqr",
                "encode",
                "--bin",
                "970436",
                "--account",
                "1",
                "--png",
                dir.resolve("x.png").toString(),
                "--size",
                "10"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--size: maxPixels must be at least");
    assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
  }
}
