package vn.tiepdon.queue;

/** The queue number printed on a ticket: 1 to 9999 within one service and day. */
public record TicketNumber(int value) implements Comparable<TicketNumber> {
  public static final int MAX = 9999;

  public TicketNumber {
    if (value < 1 || value > MAX) {
      throw new IllegalArgumentException(
          "ticket number must be between 1 and " + MAX + ", was " + value);
    }
  }

  public static TicketNumber of(int value) {
    return new TicketNumber(value);
  }

  @Override
  public int compareTo(TicketNumber other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
