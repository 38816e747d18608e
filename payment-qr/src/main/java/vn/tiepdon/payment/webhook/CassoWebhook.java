package vn.tiepdon.payment.webhook;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;

/**
 * Casso webhook v2: {@code {"error":0,"data":{…}}} with header {@code X-Casso-Signature: t=<epoch
 * ms>,v1=<hex>}; v1 is HMAC-SHA512 (key: the integration's checksum key) of {@code t + "." +} the
 * compact JSON of the whole body with keys sorted at every level
 * (github.com/CassoHQ/casso-webhook-v2-verify-signature). Casso's samples disagree on whether
 * Vietnamese letters are written raw or as {@code \\uXXXX}, so both serialisations are accepted. A
 * timestamp further than the allowed skew from now is a replay and rejected.
 */
public final class CassoWebhook implements WebhookFormat {
  public static final String SIGNATURE_HEADER = "X-Casso-Signature";

  private static final ObjectMapper SORTED =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  private static final ObjectMapper SORTED_ASCII =
      JsonMapper.builder()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private final String checksumKey;
  private final Clock clock;
  private final Duration maxSkew;

  /**
   * @param maxSkew how far the signed timestamp may be from now (5 minutes in production)
   */
  public CassoWebhook(String checksumKey, Clock clock, Duration maxSkew) {
    this.checksumKey = Objects.requireNonNull(checksumKey, "checksumKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
  }

  @Override
  public TransferSource source() {
    return TransferSource.CASSO;
  }

  @Override
  public void authenticate(Function<String, String> header, byte[] body) {
    String value = header.apply(SIGNATURE_HEADER);
    if (value == null) {
      throw new WebhookAuthenticationException("casso webhook: no " + SIGNATURE_HEADER + " header");
    }
    String t = null;
    String v1 = null;
    for (String part : value.split(",")) {
      String p = part.strip();
      if (p.startsWith("t=")) {
        t = p.substring(2);
      } else if (p.startsWith("v1=")) {
        v1 = p.substring(3);
      }
    }
    if (t == null || v1 == null || !t.matches("\\d{1,15}")) {
      throw new WebhookAuthenticationException(
          "casso webhook: " + SIGNATURE_HEADER + " must be t=<ms>,v1=<hex>");
    }
    long skewMs = Math.abs(clock.millis() - Long.parseLong(t));
    if (skewMs > maxSkew.toMillis()) {
      throw new WebhookAuthenticationException(
          "casso webhook: timestamp " + t + " is " + skewMs / 1000 + " s from now (replay?)");
    }
    Map<String, Object> tree = asMap(WebhookFormat.readTree(body, source()));
    for (ObjectMapper serialisation : new ObjectMapper[] {SORTED, SORTED_ASCII}) {
      if (Hmac.sameHex(signature(t, tree, serialisation), v1)) {
        return;
      }
    }
    throw new WebhookAuthenticationException("casso webhook: signature does not match");
  }

  /** v1 for a body and timestamp, raw UTF-8 serialisation. */
  public String sign(String timestamp, byte[] body) {
    return signature(timestamp, asMap(WebhookFormat.readTree(body, source())), SORTED);
  }

  /** The exact message Casso signs: {@code t.} + sorted compact JSON. */
  static String message(String timestamp, Map<String, Object> body, ObjectMapper serialisation) {
    try {
      return timestamp + "." + serialisation.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException("a parsed JSON tree always serialises", e);
    }
  }

  private String signature(String t, Map<String, Object> body, ObjectMapper serialisation) {
    return Hmac.hex("HmacSHA512", checksumKey, message(t, body, serialisation));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(JsonNode node) {
    // Maps (not ObjectNodes) so ORDER_MAP_ENTRIES_BY_KEYS sorts every level; integers stay
    // integers.
    return SORTED.convertValue(node, Map.class);
  }

  @Override
  public Optional<BankTransfer> parse(JsonNode body) {
    return read(body);
  }

  /** The credit in a body, without checking who sent it (for saved, already-checked batches). */
  public static Optional<BankTransfer> read(JsonNode body) {
    TransferSource source = TransferSource.CASSO;
    JsonNode data = body.get("data");
    if (data == null || !data.isObject()) {
      throw new FeedFormatException("casso webhook: field data is missing");
    }
    long id = WebhookFormat.wholeNumber(data, "id", source);
    long amount = WebhookFormat.wholeNumber(data, "amount", source);
    if (id == 0 || amount <= 0) {
      return Optional.empty(); // Casso's test ping has id 0; negative amounts are money out
    }
    String account = WebhookFormat.optionalText(data, "virtualAccountNumber");
    if (account.isBlank()) {
      account = WebhookFormat.optionalText(data, "accountNumber");
    }
    return Optional.of(
        WebhookFormat.transfer(
            source,
            Long.toString(id),
            WebhookFormat.localTime(data, "transactionDateTime", source),
            amount,
            WebhookFormat.optionalText(data, "description"),
            account));
  }
}
