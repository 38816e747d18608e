package vn.tiepdon.payment.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.PaymentSettings;
import vn.tiepdon.payment.desk.PaymentDesk;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.intent.MutableClock;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.sqlite.JdbcPaymentLedger;
import vn.tiepdon.payment.sqlite.PaymentDatabase;
import vn.tiepdon.payment.sqlite.PaymentMigrations;
import vn.tiepdon.payment.webhook.CassoWebhook;
import vn.tiepdon.payment.webhook.PayOsWebhook;
import vn.tiepdon.payment.webhook.SepayWebhook;
import vn.tiepdon.payment.webhook.WebhookFormat;

/** The endpoint over real HTTP, on a real SQLite ledger. */
class WebhookServerTest {
  static final Instant NOW = Instant.parse("2026-12-01T02:10:00Z");
  static final String CASSO_KEY = "casso-checksum-key-made-up-for-tests";
  static final String PAYOS_KEY =
      "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";

  @TempDir Path dir;
  MutableClock clock;
  PaymentIntents intents;
  JdbcPaymentLedger ledger;
  PaymentDesk desk;
  WebhookServer server;
  final List<PaymentIntent> told = new CopyOnWriteArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();
  CassoWebhook casso;

  @BeforeEach
  void start() throws Exception {
    DataSource db = PaymentDatabase.open(dir.resolve("desk.db"));
    PaymentMigrations.migrate(db);
    clock = new MutableClock(NOW.minus(Duration.ofMinutes(5)));
    intents =
        new PaymentIntents(
            new PaymentSettings("970436", "0011001234567", "BENH VIEN DA KHOA ABC"),
            new vn.tiepdon.payment.sqlite.SqlitePaymentIntentStore(db),
            clock,
            new SplittableRandom(3));
    ledger = new JdbcPaymentLedger(db);
    desk = new PaymentDesk(ledger, clock, told::add);
    casso = new CassoWebhook(CASSO_KEY, clock, Duration.ofMinutes(5));
    List<WebhookFormat> formats =
        List.of(new SepayWebhook("sepay-key"), casso, new PayOsWebhook(PAYOS_KEY));
    server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), formats, desk);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String provider, String body, String header, String value)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/webhooks/" + provider))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json");
    if (header != null) {
      request.header(header, value);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String cassoBody(long id, String description, long amount) {
    return "{\"error\":0,\"data\":{\"id\":"
        + id
        + ",\"reference\":\"FT26335"
        + id
        + "\",\"description\":\""
        + description
        + "\",\"amount\":"
        + amount
        + ",\"runningBalance\":25000000,"
        + "\"transactionDateTime\":\"2026-12-01 09:08:00\",\"accountNumber\":\"0011001234567\","
        + "\"bankName\":\"Vietcombank\",\"bankAbbreviation\":\"VCB\",\"virtualAccountNumber\":\"\","
        + "\"virtualAccountName\":\"\",\"counterAccountName\":\"NGUYEN VAN AN\",\"counterAccountNumber\":\"0351000646393\","
        + "\"counterAccountBankId\":\"970422\",\"counterAccountBankName\":\"MB Bank\"}}";
  }

  private String cassoSignature(String body) {
    String t = Long.toString(clock.millis());
    return "t=" + t + ",v1=" + casso.sign(t, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSignedCassoWebhookPaysTheIntentAndItsRepeatIsAcknowledgedAsDuplicate() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-0101");
    String body =
        cassoBody(
            5001,
            "MBVCB.4530998360.029552." + intent.reference() + " Thanh toán viện phí",
            150_000);
    String signature = cassoSignature(body);

    HttpResponse<String> first = post("casso", body, "X-Casso-Signature", signature);
    HttpResponse<String> again = post("casso", body, "X-Casso-Signature", signature);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo("{\"success\":true,\"outcome\":\"MATCHED\"}");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo("{\"success\":true,\"duplicate\":true}");
    assertThat(intents.status(intent.reference())).contains(PaymentStatus.PAID);
    assertThat(told).hasSize(1);
    assertThat(server.stats()).isEqualTo(new WebhookServer.Stats(2, 1, 1, 0, 0, 0));
    assertThat(ledger.transfer(TransferSource.CASSO, "5001").orElseThrow().duplicates())
        .isEqualTo(1);
  }

  @Test
  void aBadSignatureIs401AndNothingIsStored() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(150_000), "K01-0102");
    String body = cassoBody(5002, intent.reference().value(), 150_000);
    String forged = cassoSignature(body.replace("150000", "1500"));

    HttpResponse<String> response = post("casso", body, "X-Casso-Signature", forged);
    HttpResponse<String> unsigned = post("casso", body, null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain(intent.reference().value());
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(ledger.transfer(TransferSource.CASSO, "5002")).isEmpty();
    assertThat(intents.status(intent.reference())).contains(PaymentStatus.OPEN);
    assertThat(server.stats().rejected()).isEqualTo(2);
  }

  @Test
  void aRejectedWebhookIsLoggedWithoutItsContent() throws Exception {
    ch.qos.logback.classic.Logger log =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(WebhookServer.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
        new ch.qos.logback.core.read.ListAppender<>();
    seen.start();
    log.addAppender(seen);
    try {
      String body = cassoBody(5003, "NGUYEN VAN AN chuyen tien TD7K3M9QV", 150_000);

      assertThat(
              post("casso", body, "X-Casso-Signature", "t=" + clock.millis() + ",v1=00")
                  .statusCode())
          .isEqualTo(401);

      assertThat(seen.list)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                assertThat(e.getFormattedMessage())
                    .contains(
                        "rejected webhook from 127.0.0.1: casso webhook: signature does not match")
                    .doesNotContain("NGUYEN")
                    .doesNotContain("TD7K3M9QV")
                    .doesNotContain("150000");
              });
    } finally {
      log.detachAppender(seen);
    }
  }

  @Test
  void thePublishedPayOsSampleIsAcceptedAndKeptForTheCashier() throws Exception {
    String body =
        "{\"code\":\"00\",\"desc\":\"success\",\"success\":true,\"data\":{\"orderCode\":123,\"amount\":3000,"
            + "\"description\":\"VQRIO123\",\"accountNumber\":\"12345678\",\"reference\":\"TF230204212323\","
            + "\"transactionDateTime\":\"2023-02-04 18:25:00\",\"currency\":\"VND\","
            + "\"paymentLinkId\":\"124c33293c43417ab7879e14c8d9eb18\",\"code\":\"00\",\"desc\":\"Thành công\","
            + "\"counterAccountBankId\":\"\",\"counterAccountBankName\":\"\",\"counterAccountName\":\"\","
            + "\"counterAccountNumber\":\"\",\"virtualAccountName\":\"\",\"virtualAccountNumber\":\"\"},"
            + "\"signature\":\"412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03\"}";

    HttpResponse<String> response = post("payos", body, null, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"success\":true,\"outcome\":\"UNMATCHED_TRANSFER\"}");
    assertThat(ledger.transfer(TransferSource.PAYOS, "TF230204212323").orElseThrow().reason())
        .isEqualTo("NO_CODE");
  }

  @Test
  void sepayNeedsItsApiKeyMoneyOutIsIgnoredAndMalformedBodiesAre400() throws Exception {
    PaymentIntent intent = intents.create(Money.ofDong(90_000), "K01-0103");
    String body =
        "{\"id\":92704,\"gateway\":\"Vietcombank\",\"transactionDate\":\"2026-12-01 09:09:00\","
            + "\"accountNumber\":\"0011001234567\",\"subAccount\":null,\"code\":null,"
            + "\"content\":\""
            + intent.reference()
            + " VIEN PHI\",\"transferType\":\"in\","
            + "\"transferAmount\":50000,\"accumulated\":19077000,\"referenceCode\":\"MBVCB.3278907687\","
            + "\"description\":\"\"}";

    assertThat(post("sepay", body, "Authorization", "Apikey wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = post("sepay", body, "Authorization", "Apikey sepay-key");
    HttpResponse<String> out =
        post(
            "sepay",
            body.replace("\"in\"", "\"out\"").replace("92704", "92705"),
            "Authorization",
            "Apikey sepay-key");
    HttpResponse<String> bad =
        post(
            "sepay", "{\"id\":1,\"transferAmount\":\"lots\"}", "Authorization", "Apikey sepay-key");

    assertThat(ok.body()).isEqualTo("{\"success\":true,\"outcome\":\"PARTIAL\"}");
    assertThat(out.body()).isEqualTo("{\"success\":true,\"ignored\":true}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("transferAmount must be a whole number of dong");
    assertThat(desk.transfers(LocalDate.of(2026, 12, 1), CsvStatementFormat.VIETNAM)).hasSize(1);
  }

  @Test
  void onlyPostIsAnswered() throws Exception {
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/webhooks/casso"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");
  }
}
