package vn.tiepdon.payment.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;

/** The published sample signatures of /work/shared/domain/vietqr.md §4.3, reproduced exactly. */
class WebhookSignatureTest {
  static final String PAYOS_KEY =
      "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";
  static final String PAYOS_DATA =
      "{\"orderCode\":123,\"amount\":3000,\"description\":\"VQRIO123\",\"accountNumber\":\"12345678\","
          + "\"reference\":\"TF230204212323\",\"transactionDateTime\":\"2023-02-04 18:25:00\","
          + "\"currency\":\"VND\",\"paymentLinkId\":\"124c33293c43417ab7879e14c8d9eb18\",\"code\":\"00\","
          + "\"desc\":\"Thành công\",\"counterAccountBankId\":\"\",\"counterAccountBankName\":\"\","
          + "\"counterAccountName\":\"\",\"counterAccountNumber\":\"\",\"virtualAccountName\":\"\","
          + "\"virtualAccountNumber\":\"\"}";
  static final String PAYOS_SIGNATURE =
      "412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03";
  static final String PAYOS_BODY =
      "{\"code\":\"00\",\"desc\":\"success\",\"success\":true,\"data\":"
          + PAYOS_DATA
          + ",\"signature\":\""
          + PAYOS_SIGNATURE
          + "\"}";

  static final String CASSO_KEY =
      "mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs";
  static final String CASSO_HEADER =
      "t=1727948258788,v1=ed0a4bd2e826d5cb69988cdb141e6c1a080e21f3b57eb72cd78192220042b9e7dde0868fc667faea8e224900fa7904e7c88dfa098032fb2d6b6996856e8b7ff3";

  /** Field order as a sender might write it: the signature must not depend on it. */
  static final String CASSO_BODY =
      "{\"error\":0,\"data\":{\"id\":0,\"reference\":\"MA_GIAO_DICH_THU_NGHIEM\","
          + "\"description\":\"giao dich thu nghiem\",\"amount\":599000,\"runningBalance\":25000000,"
          + "\"transactionDateTime\":\"2024-10-03 15:06:37\",\"accountNumber\":\"88888888\","
          + "\"bankName\":\"VPBank\",\"bankAbbreviation\":\"VPB\",\"virtualAccountNumber\":\"\","
          + "\"virtualAccountName\":\"\",\"counterAccountName\":\"NGUYEN VAN A\","
          + "\"counterAccountNumber\":\"8888888888\",\"counterAccountBankId\":\"970415\","
          + "\"counterAccountBankName\":\"VietinBank\"}}";

  static final Clock CASSO_TIME =
      Clock.fixed(Instant.ofEpochMilli(1727948258788L + 2_000), ZoneOffset.UTC);

  @Test
  void payOsCanonicalStringAndSignatureMatchThePublishedSample() throws Exception {
    var data = WebhookFormat.JSON.readTree(PAYOS_DATA);

    assertThat(PayOsWebhook.canonical(data))
        .isEqualTo(
            "accountNumber=12345678&amount=3000&code=00&counterAccountBankId=&counterAccountBankName="
                + "&counterAccountName=&counterAccountNumber=&currency=VND&desc=Thành công"
                + "&description=VQRIO123&orderCode=123&paymentLinkId=124c33293c43417ab7879e14c8d9eb18"
                + "&reference=TF230204212323&transactionDateTime=2023-02-04 18:25:00"
                + "&virtualAccountName=&virtualAccountNumber=");
    assertThat(PayOsWebhook.signature(data, PAYOS_KEY)).isEqualTo(PAYOS_SIGNATURE);
    assertThatNoException()
        .isThrownBy(() -> new PayOsWebhook(PAYOS_KEY).authenticate(noHeaders(), bytes(PAYOS_BODY)));
  }

  @Test
  void payOsRejectsAChangedAmountAndAWrongKey() {
    String tampered = PAYOS_BODY.replace("\"amount\":3000", "\"amount\":300000");

    assertThatThrownBy(() -> new PayOsWebhook(PAYOS_KEY).authenticate(noHeaders(), bytes(tampered)))
        .isInstanceOf(WebhookAuthenticationException.class)
        .hasMessage("payos webhook: signature does not match");
    assertThatThrownBy(() -> new PayOsWebhook("other").authenticate(noHeaders(), bytes(PAYOS_BODY)))
        .isInstanceOf(WebhookAuthenticationException.class);
  }

  @Test
  void payOsBodyBecomesATransferKeyedByBankReference() {
    BankTransfer t = new PayOsWebhook(PAYOS_KEY).parse(bytes(PAYOS_BODY)).orElseThrow();

    assertThat(t)
        .isEqualTo(
            new BankTransfer(
                TransferSource.PAYOS,
                "TF230204212323",
                Instant.parse("2023-02-04T11:25:00Z"),
                Money.ofDong(3000),
                "VQRIO123",
                "12345678"));
  }

  @Test
  void cassoSignatureMatchesThePublishedSampleWhateverTheFieldOrder() {
    CassoWebhook casso = new CassoWebhook(CASSO_KEY, CASSO_TIME, Duration.ofMinutes(5));

    assertThat(
            CassoWebhook.message(
                "1727948258788",
                CassoWebhook.asMap(WebhookFormat.readTree(bytes(CASSO_BODY), TransferSource.CASSO)),
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(
                        com.fasterxml.jackson.databind.SerializationFeature
                            .ORDER_MAP_ENTRIES_BY_KEYS)))
        .isEqualTo(
            "1727948258788.{\"data\":{\"accountNumber\":\"88888888\",\"amount\":599000,\"bankAbbreviation\":\"VPB\","
                + "\"bankName\":\"VPBank\",\"counterAccountBankId\":\"970415\",\"counterAccountBankName\":\"VietinBank\","
                + "\"counterAccountName\":\"NGUYEN VAN A\",\"counterAccountNumber\":\"8888888888\","
                + "\"description\":\"giao dich thu nghiem\",\"id\":0,\"reference\":\"MA_GIAO_DICH_THU_NGHIEM\","
                + "\"runningBalance\":25000000,\"transactionDateTime\":\"2024-10-03 15:06:37\","
                + "\"virtualAccountName\":\"\",\"virtualAccountNumber\":\"\"},\"error\":0}");
    assertThat(CASSO_HEADER).endsWith(casso.sign("1727948258788", bytes(CASSO_BODY)));
    assertThatNoException()
        .isThrownBy(
            () ->
                casso.authenticate(
                    header(CassoWebhook.SIGNATURE_HEADER, CASSO_HEADER), bytes(CASSO_BODY)));
  }

  @Test
  void cassoRejectsTamperingMissingHeaderAndReplays() {
    CassoWebhook casso = new CassoWebhook(CASSO_KEY, CASSO_TIME, Duration.ofMinutes(5));
    String tampered = CASSO_BODY.replace("599000", "599001");

    assertThatThrownBy(
            () ->
                casso.authenticate(
                    header(CassoWebhook.SIGNATURE_HEADER, CASSO_HEADER), bytes(tampered)))
        .isInstanceOf(WebhookAuthenticationException.class)
        .hasMessage("casso webhook: signature does not match");
    assertThatThrownBy(() -> casso.authenticate(noHeaders(), bytes(CASSO_BODY)))
        .hasMessage("casso webhook: no X-Casso-Signature header");
    CassoWebhook later =
        new CassoWebhook(
            CASSO_KEY, Clock.offset(CASSO_TIME, Duration.ofMinutes(6)), Duration.ofMinutes(5));
    assertThatThrownBy(
            () ->
                later.authenticate(
                    header(CassoWebhook.SIGNATURE_HEADER, CASSO_HEADER), bytes(CASSO_BODY)))
        .hasMessageContaining("(replay?)");
  }

  @Test
  void cassoAcceptsVietnameseWrittenRawOrEscaped() {
    CassoWebhook casso = new CassoWebhook(CASSO_KEY, CASSO_TIME, Duration.ofMinutes(5));
    String body = CASSO_BODY.replace("giao dich thu nghiem", "Thanh toán viện phí TD7K3M9QV");
    String t = "1727948258788";
    String raw = casso.sign(t, bytes(body));
    String escaped =
        Hmac.hex(
            "HmacSHA512",
            CASSO_KEY,
            CassoWebhook.message(
                t,
                CassoWebhook.asMap(WebhookFormat.readTree(bytes(body), TransferSource.CASSO)),
                com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(
                        com.fasterxml.jackson.databind.SerializationFeature
                            .ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                    .build()));

    assertThat(raw).isNotEqualTo(escaped);
    for (String v1 : new String[] {raw, escaped}) {
      assertThatNoException()
          .isThrownBy(
              () ->
                  casso.authenticate(
                      header(CassoWebhook.SIGNATURE_HEADER, "t=" + t + ",v1=" + v1), bytes(body)));
    }
  }

  @Test
  void cassoTestPingIsAcknowledgedButNotATransfer() {
    CassoWebhook casso = new CassoWebhook(CASSO_KEY, CASSO_TIME, Duration.ofMinutes(5));

    assertThat(casso.parse(bytes(CASSO_BODY))).isEmpty();
    BankTransfer t = casso.parse(bytes(CASSO_BODY.replace("\"id\":0", "\"id\":991"))).orElseThrow();
    assertThat(t.transactionId()).isEqualTo("991");
    assertThat(t.amount()).isEqualTo(Money.ofDong(599_000));
    assertThat(t.bookedAt()).isEqualTo(Instant.parse("2024-10-03T08:06:37Z"));
  }

  @Test
  void sepayChecksItsApiKeyInConstantTimeAndReadsCredits() {
    SepayWebhook sepay = new SepayWebhook("k-123");
    String body =
        "{\"id\":92704,\"gateway\":\"Vietcombank\",\"transactionDate\":\"2026-12-01 09:15:00\","
            + "\"accountNumber\":\"0011001234567\",\"subAccount\":null,\"code\":null,"
            + "\"content\":\"MBVCB.3278907687.TD7K3M9QV VIEN PHI\",\"transferType\":\"in\","
            + "\"transferAmount\":150000,\"accumulated\":19077000,\"referenceCode\":\"MBVCB.3278907687\","
            + "\"description\":\"\"}";

    assertThatNoException()
        .isThrownBy(() -> sepay.authenticate(header("Authorization", "Apikey k-123"), bytes(body)));
    assertThatThrownBy(
            () -> sepay.authenticate(header("Authorization", "Apikey k-124"), bytes(body)))
        .hasMessage("sepay webhook: API key does not match");
    assertThatThrownBy(() -> sepay.authenticate(noHeaders(), bytes(body)))
        .isInstanceOf(WebhookAuthenticationException.class);
    BankTransfer t = sepay.parse(bytes(body)).orElseThrow();
    assertThat(t.transactionId()).isEqualTo("92704");
    assertThat(t.account()).isEqualTo("0011001234567");
    assertThat(sepay.parse(bytes(body.replace("\"in\"", "\"out\"")))).isEmpty();
  }

  @Test
  void aBodyMissingAFieldNamesTheField() {
    assertThatThrownBy(
            () ->
                new SepayWebhook("k")
                    .parse(
                        bytes(
                            "{\"transferAmount\":1000,\"transactionDate\":\"2026-12-01 09:15:00\"}")))
        .isInstanceOf(FeedFormatException.class)
        .hasMessage("sepay webhook: field id is missing");
    assertThatThrownBy(() -> new SepayWebhook("k").parse(bytes("not json")))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageStartingWith("sepay webhook: body is not JSON");
    assertThatThrownBy(
            () ->
                new PayOsWebhook("k")
                    .parse(bytes(PAYOS_BODY.replace("2023-02-04 18:25:00", "04/02/2023"))))
        .hasMessage(
            "payos webhook: field transactionDateTime must be yyyy-MM-dd HH:mm:ss, was \"04/02/2023\"");
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Function<String, String> noHeaders() {
    return name -> null;
  }

  static Function<String, String> header(String name, String value) {
    Map<String, String> headers = Map.of(name.toLowerCase(java.util.Locale.ROOT), value);
    return n -> headers.get(n.toLowerCase(java.util.Locale.ROOT));
  }
}
