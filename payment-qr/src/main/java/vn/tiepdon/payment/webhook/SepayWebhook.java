package vn.tiepdon.payment.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.TransferSource;

/**
 * SePay webhook: {@code {id, gateway, transactionDate, accountNumber, subAccount, code, content,
 * transferType, transferAmount, accumulated, referenceCode, description}}, authenticated with the
 * API-key scheme SePay documents ({@code Authorization: Apikey <key>}, compared in constant time).
 * SePay's HMAC-SHA256 option is not implemented: no published sample fixes its exact signed string
 * (see the README). The transaction id is SePay's {@code id}.
 */
public final class SepayWebhook implements WebhookFormat {
  private final String apiKey;

  public SepayWebhook(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("SePay API key must not be blank");
    }
  }

  @Override
  public TransferSource source() {
    return TransferSource.SEPAY;
  }

  @Override
  public void authenticate(Function<String, String> header, byte[] body) {
    String authorization = header.apply("Authorization");
    if (authorization == null || !authorization.startsWith("Apikey ")) {
      throw new WebhookAuthenticationException(
          "sepay webhook: no \"Authorization: Apikey …\" header");
    }
    byte[] given =
        authorization.substring("Apikey ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8), given)) {
      throw new WebhookAuthenticationException("sepay webhook: API key does not match");
    }
  }

  @Override
  public Optional<BankTransfer> parse(JsonNode body) {
    return read(body);
  }

  /** The credit in a body, without checking who sent it (for saved, already-checked batches). */
  public static Optional<BankTransfer> read(JsonNode body) {
    TransferSource source = TransferSource.SEPAY;
    String type = WebhookFormat.optionalText(body, "transferType");
    long amount = WebhookFormat.wholeNumber(body, "transferAmount", source);
    if (type.equalsIgnoreCase("out") || amount <= 0) {
      return Optional.empty();
    }
    String account = WebhookFormat.optionalText(body, "subAccount");
    if (account.isBlank()) {
      account = WebhookFormat.optionalText(body, "accountNumber");
    }
    return Optional.of(
        WebhookFormat.transfer(
            source,
            WebhookFormat.text(body, "id", source),
            WebhookFormat.localTime(body, "transactionDate", source),
            amount,
            WebhookFormat.optionalText(body, "content"),
            account));
  }
}
