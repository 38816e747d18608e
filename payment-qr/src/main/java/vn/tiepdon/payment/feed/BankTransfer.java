package vn.tiepdon.payment.feed;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.payment.Money;

/**
 * Money credited to the hospital's account, as one feed reported it.
 *
 * @param source the feed it came from
 * @param transactionId the feed's own id for it (SePay {@code id}, Casso {@code id}, payOS {@code
 *     reference}, a statement's reference number); with {@code source} the key that makes ingestion
 *     idempotent
 * @param bookedAt when the bank executed it
 * @param amount the credited amount, at least 1 dong
 * @param content the transfer content ("nội dung chuyển khoản") as delivered, possibly mangled
 * @param account the credited account (or virtual account); empty when the feed does not say
 */
public record BankTransfer(
    TransferSource source,
    String transactionId,
    Instant bookedAt,
    Money amount,
    String content,
    String account) {
  public static final int MAX_TRANSACTION_ID_LENGTH = 100;
  public static final int MAX_CONTENT_LENGTH = 1000;
  public static final int MAX_ACCOUNT_LENGTH = 40;

  public BankTransfer {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bookedAt, "bookedAt");
    Objects.requireNonNull(amount, "amount");
    if (transactionId == null
        || transactionId.isBlank()
        || transactionId.length() > MAX_TRANSACTION_ID_LENGTH) {
      throw new IllegalArgumentException(
          "transaction id must be 1-"
              + MAX_TRANSACTION_ID_LENGTH
              + " characters, was "
              + (transactionId == null ? "null" : "\"" + transactionId + "\""));
    }
    if (amount.isZero()) {
      throw new IllegalArgumentException(
          "amount of transfer " + transactionId + " must be at least 1 dong, was 0");
    }
    content = content == null ? "" : content;
    if (content.length() > MAX_CONTENT_LENGTH) {
      throw new IllegalArgumentException(
          "content of transfer "
              + transactionId
              + " must be at most "
              + MAX_CONTENT_LENGTH
              + " characters, was "
              + content.length());
    }
    account = account == null ? "" : account.strip();
    if (account.length() > MAX_ACCOUNT_LENGTH) {
      throw new IllegalArgumentException(
          "account of transfer "
              + transactionId
              + " must be at most "
              + MAX_ACCOUNT_LENGTH
              + " characters, was \""
              + account
              + "\"");
    }
  }

  /** The idempotency key: source and transaction id. */
  public String key() {
    return source.key() + ":" + transactionId;
  }
}
