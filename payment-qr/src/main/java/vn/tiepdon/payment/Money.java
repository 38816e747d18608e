package vn.tiepdon.payment;

/**
 * An amount of Vietnamese dong. VND has no minor unit in practice (ISO 4217 exponent 0), so the
 * amount is a whole number of dong; formatting for people ({@code 150.000 đ}) belongs to the UI.
 *
 * @param dong whole dong, never negative
 */
public record Money(long dong) implements Comparable<Money> {
  public static final Money ZERO = new Money(0);

  public Money {
    if (dong < 0) {
      throw new IllegalArgumentException("amount must be >= 0 dong, was " + dong);
    }
  }

  public static Money ofDong(long dong) {
    return new Money(dong);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(dong, other.dong));
  }

  /** The part of this amount not covered by {@code paid}; zero when fully paid or overpaid. */
  public Money remainingAfter(Money paid) {
    return new Money(Math.max(0, dong - paid.dong));
  }

  public boolean isZero() {
    return dong == 0;
  }

  public boolean isGreaterThan(Money other) {
    return dong > other.dong;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(dong, other.dong);
  }

  @Override
  public String toString() {
    return dong + " VND";
  }
}
