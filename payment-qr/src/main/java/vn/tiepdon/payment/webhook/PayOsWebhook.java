package vn.tiepdon.payment.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;

/**
 * payOS payment webhook: {@code {code, desc, success, data:{…}, signature}}. The signature is
 * HMAC-SHA256 (key: the channel's checksum key) over {@code k1=v1&k2=v2…} of {@code data}'s fields
 * sorted by name, raw values, null as empty (payOS docs "kiểm tra dữ liệu với signature"). The
 * transaction id is the bank {@code reference}.
 */
public final class PayOsWebhook implements WebhookFormat {
  private final String checksumKey;

  public PayOsWebhook(String checksumKey) {
    this.checksumKey = Objects.requireNonNull(checksumKey, "checksumKey");
  }

  @Override
  public TransferSource source() {
    return TransferSource.PAYOS;
  }

  @Override
  public void authenticate(Function<String, String> header, byte[] body) {
    JsonNode root = WebhookFormat.readTree(body, source());
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw new WebhookAuthenticationException("payos webhook: no data object to check");
    }
    String expected = signature(data, checksumKey);
    if (!Hmac.sameHex(expected, WebhookFormat.optionalText(root, "signature"))) {
      throw new WebhookAuthenticationException("payos webhook: signature does not match");
    }
  }

  /** The canonical string payOS signs: data fields sorted by name. */
  static String canonical(JsonNode data) {
    Map<String, String> sorted = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      String text =
          value == null || value.isNull()
              ? ""
              : value.isContainerNode() ? value.toString() : value.asText();
      sorted.put(field.getKey(), text);
    }
    StringJoiner joined = new StringJoiner("&");
    sorted.forEach((k, v) -> joined.add(k + "=" + v));
    return joined.toString();
  }

  /** HMAC-SHA256 hex of the canonical string of {@code data}. */
  public static String signature(JsonNode data, String checksumKey) {
    return Hmac.hex("HmacSHA256", checksumKey, canonical(data));
  }

  @Override
  public Optional<BankTransfer> parse(JsonNode body) {
    return read(body);
  }

  /** The credit in a body, without checking who sent it (for saved, already-checked batches). */
  public static Optional<BankTransfer> read(JsonNode body) {
    TransferSource source = TransferSource.PAYOS;
    JsonNode data = body.get("data");
    if (data == null || !data.isObject()) {
      throw new FeedFormatException("payos webhook: field data is missing");
    }
    String code = WebhookFormat.optionalText(data, "code");
    if (!code.isEmpty() && !code.equals("00")) {
      return Optional.empty(); // a failed payment is reported too; it moved no money
    }
    String account = WebhookFormat.optionalText(data, "virtualAccountNumber");
    if (account.isBlank()) {
      account = WebhookFormat.optionalText(data, "accountNumber");
    }
    return Optional.of(
        WebhookFormat.transfer(
            source,
            WebhookFormat.text(data, "reference", source),
            WebhookFormat.localTime(data, "transactionDateTime", source),
            WebhookFormat.wholeNumber(data, "amount", source),
            WebhookFormat.optionalText(data, "description"),
            account));
  }
}
