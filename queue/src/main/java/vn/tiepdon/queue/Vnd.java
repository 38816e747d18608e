package vn.tiepdon.queue;

/** An amount of Vietnamese dong; whole dong only, never negative. */
public record Vnd(long amount) implements Comparable<Vnd> {
  public static final Vnd ZERO = new Vnd(0);

  public Vnd {
    if (amount < 0) {
      throw new IllegalArgumentException("VND amount must be >= 0, was " + amount);
    }
  }

  public static Vnd of(long amount) {
    return new Vnd(amount);
  }

  public boolean isFree() {
    return amount == 0;
  }

  @Override
  public int compareTo(Vnd other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public String toString() {
    return amount + " VND";
  }
}
