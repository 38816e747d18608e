package vn.tiepdon.ui.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReconcileCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void reconcilesAGenericStatementAndWritesTheReportWithAByteOrderMark() throws Exception {
    Path intents = write("intents.csv", validIntents());
    Path feed =
        write(
            "feed.csv",
            "transaction_id,booked_at,amount,content,account\n"
                + "FT1,2026-12-01T09:05:00+07:00,150000,\"MBVCB.4530998360.029552.td7k3m\n9qv vien phi.CT tu\",0011001234567\n"
                + "FT1,2026-12-01T09:05:00+07:00,150000,\"MBVCB.4530998360.029552.td7k3m\n9qv vien phi.CT tu\",0011001234567\n"
                + "FT2,2026-12-01T09:20:00+07:00,200000,Thanh toán viện phí "
                + code(1)
                + ",0011001234567\n"
                + "FT3,2026-12-01T09:06:00+07:00,20000,"
                + code(2)
                + " kham benh,0011001234567\n"
                + "FT4,2026-12-01T09:07:00+07:00,99000,chuyen tien,0011001234567\n");
    Path report = dir.resolve("out.csv");

    int status =
        run(
            "reconcile",
            "--intents",
            intents.toString(),
            "--feed",
            feed.toString(),
            "--format",
            "csv",
            "--report",
            report.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(fieldNames(json))
        .containsExactly(
            "intents",
            "transfers",
            "matched",
            "partial",
            "overpaid",
            "duplicate",
            "late",
            "unmatchedTransfers",
            "unpaidIntents",
            "ms");
    assertThat(json.get("intents").asInt()).isEqualTo(3);
    assertThat(json.get("transfers").asInt()).isEqualTo(5);
    assertThat(json.get("matched").asInt()).isEqualTo(1);
    assertThat(json.get("partial").asInt()).isEqualTo(1);
    assertThat(json.get("overpaid").asInt()).isZero();
    assertThat(json.get("duplicate").asInt()).isEqualTo(1);
    assertThat(json.get("late").asInt()).isEqualTo(1);
    assertThat(json.get("unmatchedTransfers").asInt()).isEqualTo(1);
    assertThat(json.get("unpaidIntents").asInt()).isEqualTo(1);

    byte[] bytes = Files.readAllBytes(report);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, UTF_8);
    assertThat(text).contains("kind,reference,outcome,reason,amount,received");
    assertThat(text).contains("Thanh toán viện phí").contains("LATE").contains("NO_CODE");
    assertThat(text.lines().filter(l -> l.startsWith("intent,"))).hasSize(3);
  }

  @Test
  void reconcilesAJsonArrayOfSepayWebhooks() throws Exception {
    Path intents = write("intents.csv", validIntents());
    Path feed =
        write(
            "sepay.json",
            "[{\"id\":1,\"transactionDate\":\"2026-12-01 09:05:00\",\"accountNumber\":\"0011001234567\","
                + "\"content\":\""
                + "TD7K3M9QV VIEN PHI"
                + "\",\"transferType\":\"in\",\"transferAmount\":200000},"
                + "{\"id\":2,\"transactionDate\":\"2026-12-01 09:06:00\",\"accountNumber\":\"0011001234567\","
                + "\"content\":\"rut tien\",\"transferType\":\"out\",\"transferAmount\":5000}]");

    int status =
        run(
            "reconcile",
            "--intents",
            intents.toString(),
            "--feed",
            feed.toString(),
            "--format",
            "sepay");

    assertThat(status).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("transfers").asInt()).isEqualTo(1);
    assertThat(json.get("overpaid").asInt()).isEqualTo(1);
  }

  @Test
  void aBadIntentsLineExitsTwoNamingLineAndColumn() throws Exception {
    Path intents =
        write(
            "intents.csv",
            "reference,amount,created_at,expires_at\nTD7K3M9QW,150000,2026-12-01T09:00:00+07:00,2026-12-01T09:15:00+07:00\n");
    Path feed = write("feed.csv", "transaction_id,booked_at,amount,content,account\n");

    int status = run("reconcile", "--intents", intents.toString(), "--feed", feed.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("tiepdon: intents.csv line 2, column reference:")
        .contains("CHECK_MISMATCH")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnknownFormatOrMissingFileExitsTwo() throws Exception {
    Path intents = write("intents.csv", validIntents());

    assertThat(
            run(
                "reconcile",
                "--intents",
                intents.toString(),
                "--feed",
                intents.toString(),
                "--format",
                "mt940"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--format must be csv, sepay, casso or payos, was mt940");
    assertThat(
            run(
                "reconcile",
                "--intents",
                intents.toString(),
                "--feed",
                dir.resolve("nope.csv").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--feed: no such file");
  }

  @Test
  void aBadFeedAmountExitsTwo() throws Exception {
    Path intents = write("intents.csv", validIntents());
    Path feed =
        write(
            "feed.csv",
            "transaction_id,booked_at,amount,content,account\nFT1,2026-12-01T09:05:00+07:00,15O000,x,1\n");

    assertThat(run("reconcile", "--intents", intents.toString(), "--feed", feed.toString()))
        .isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("tiepdon: feed.csv line 2, column \"amount\": not an amount: \"15O000\"");
  }

  @Test
  void benchReconcileChecksEveryOutcomeAgainstTheGenerator() throws Exception {
    CommandLine bench = new CommandLine(new BenchReconcileCommand());
    bench.setExecutionExceptionHandler(new ExitCodes());
    bench.setOut(new PrintWriter(out, true));
    bench.setErr(new PrintWriter(err, true));

    int status = bench.execute("--transfers", "3000");

    assertThat(status).isZero();
    JsonNode json = JSON.readTree(out.toString());
    assertThat(json.get("transfers").asInt()).isEqualTo(3000);
    assertThat(json.get("intents").asInt()).isEqualTo(3000);
    assertThat(json.get("outcomesDifferingFromGenerator").asLong()).isZero();
    assertThat(json.get("peakHeapMb").asLong()).isPositive();
    assertThat(bench.execute("--transfers", "0")).isEqualTo(2);
  }

  /** Builds intents whose codes are the test's own generated ones (valid by construction). */
  private static String validIntents() {
    return "reference,amount,created_at,expires_at\n"
        + "TD7K3M9QV,150000,2026-12-01T09:00:00+07:00,2026-12-01T09:15:00+07:00\n"
        + code(1)
        + ",200000,2026-12-01T09:00:00+07:00,2026-12-01T09:15:00+07:00\n"
        + code(2)
        + ",50000,2026-12-01T09:00:00+07:00,2026-12-01T09:15:00+07:00\n";
  }

  private static String code(long seed) {
    return vn.tiepdon.payment.reference.ReferenceCode.generate(new java.util.SplittableRandom(seed))
        .value();
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
