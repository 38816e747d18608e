package vn.tiepdon.payment.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import vn.tiepdon.payment.feed.BankTransfer;
import vn.tiepdon.payment.feed.CsvStatementFormat;
import vn.tiepdon.payment.feed.FeedFormatException;
import vn.tiepdon.payment.feed.TransferSource;

/**
 * One aggregator's webhook: how to check that a request really comes from it, and how to read the
 * transfer out of its body.
 */
public interface WebhookFormat {
  ObjectMapper JSON = new ObjectMapper();

  /** Aggregators print Vietnam local time as {@code 2024-10-03 15:06:37}. */
  DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  TransferSource source();

  /**
   * Checks the request's signature or key.
   *
   * @param header the request header by name, case-insensitive; null when absent
   * @throws WebhookAuthenticationException saying what did not check out (never the body)
   */
  void authenticate(Function<String, String> header, byte[] body);

  /**
   * The credit a webhook body reports; empty for notifications that are not money in (money out, a
   * test ping, a failed payment), which are acknowledged and ignored.
   *
   * @throws FeedFormatException naming the field that is missing or wrong
   */
  Optional<BankTransfer> parse(JsonNode body);

  /** Parses raw bytes as JSON first. */
  default Optional<BankTransfer> parse(byte[] body) {
    return parse(readTree(body, source()));
  }

  static JsonNode readTree(byte[] body, TransferSource source) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new FeedFormatException(source.key() + " webhook: body is not a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new FeedFormatException(
          source.key() + " webhook: body is not JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new FeedFormatException(source.key() + " webhook: body cannot be read", e);
    }
  }

  /** A required text field. */
  static String text(JsonNode object, String field, TransferSource source) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      throw new FeedFormatException(source.key() + " webhook: field " + field + " is missing");
    }
    return value.asText();
  }

  /** An optional text field: empty string when absent or null. */
  static String optionalText(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
  }

  /** A required whole number. */
  static long wholeNumber(JsonNode object, String field, TransferSource source) {
    JsonNode value = object.get(field);
    if (value != null && value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value != null && value.isTextual() && value.asText().strip().matches("-?\\d{1,15}")) {
      return Long.parseLong(value.asText().strip());
    }
    if (value != null && value.isNumber() && value.asDouble() == Math.rint(value.asDouble())) {
      return (long) value.asDouble();
    }
    throw new FeedFormatException(
        source.key()
            + " webhook: field "
            + field
            + " must be a whole number of dong, was "
            + (value == null ? "missing" : value.toString()));
  }

  /** A {@code yyyy-MM-dd HH:mm:ss} Vietnam local time. */
  static java.time.Instant localTime(JsonNode object, String field, TransferSource source) {
    String text = text(object, field, source);
    try {
      return LocalDateTime.parse(text.strip(), LOCAL_TIME)
          .atZone(CsvStatementFormat.VIETNAM)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new FeedFormatException(
          source.key()
              + " webhook: field "
              + field
              + " must be yyyy-MM-dd HH:mm:ss, was \""
              + text
              + "\"");
    }
  }

  /** Builds the transfer, turning a rejected value into a format error. */
  static BankTransfer transfer(
      TransferSource source,
      String id,
      java.time.Instant bookedAt,
      long amount,
      String content,
      String account) {
    try {
      return new BankTransfer(
          source, id, bookedAt, vn.tiepdon.payment.Money.ofDong(amount), content, account);
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException(source.key() + " webhook: " + e.getMessage(), e);
    }
  }
}
