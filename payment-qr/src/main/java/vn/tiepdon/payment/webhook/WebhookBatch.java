package vn.tiepdon.payment.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;

/**
 * A saved batch of one provider's webhook bodies: a JSON array of them, as an aggregator's delivery
 * log exports them. Signatures are not checked here (they were checked on arrival); bodies that are
 * not money in are skipped.
 */
public final class WebhookBatch {
  private WebhookBatch() {}

  public static List<BankTransfer> read(Path file, TransferSource source) {
    java.util.function.Function<JsonNode, Optional<BankTransfer>> parser =
        switch (source) {
          case SEPAY -> SepayWebhook::read;
          case CASSO -> CassoWebhook::read;
          case PAYOS -> PayOsWebhook::read;
          case STATEMENT -> throw new IllegalArgumentException("statements are CSV, not webhooks");
        };
    JsonNode array;
    try {
      array = WebhookFormat.JSON.readTree(Files.readAllBytes(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new FeedFormatException(file + ": not JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (array == null || !array.isArray()) {
      throw new FeedFormatException(
          file + ": expected a JSON array of " + source.key() + " webhook bodies");
    }
    List<BankTransfer> transfers = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode body = array.get(i);
      if (!body.isObject()) {
        throw new FeedFormatException(file + " item " + (i + 1) + ": not a JSON object");
      }
      Optional<BankTransfer> transfer;
      try {
        transfer = parser.apply(body);
      } catch (FeedFormatException e) {
        throw new FeedFormatException(file + " item " + (i + 1) + ": " + e.getMessage(), e);
      }
      transfer.ifPresent(transfers::add);
    }
    return transfers;
  }
}
