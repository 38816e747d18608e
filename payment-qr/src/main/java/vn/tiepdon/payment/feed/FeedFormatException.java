package vn.tiepdon.payment.feed;

/**
 * A feed (statement file, webhook body) that cannot be read, saying where and what: {@code
 * "statement.csv line 7, column \"Số tiền ghi có\": not an amount: \"1,5OO\""}.
 */
public final class FeedFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FeedFormatException(String message) {
    super(message);
  }

  public FeedFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
