package vn.tiepdon.payment.reference;

import java.util.Optional;
import java.util.random.RandomGenerator;
import vn.tiepdon.payment.text.AsciiFolding;

/**
 * The code that ties a bank transfer to a payment intent: {@code TD} + 6 random symbols + 1 check
 * symbol, e.g. {@code TD7K3M9QV}. Nine characters fit every transfer-content limit seen (payOS 9,
 * VietQR.vn 19, NAPAS 62.08 25); the alphabet has no 0/O, 1/I/L, so nothing a person copies can be
 * misread; the check symbol (weighted sum modulo the prime 31) catches every single wrong symbol
 * and every swap of two symbols. See docs/decisions/0003-payment-reference-code.md.
 *
 * @param value the canonical upper-case form
 */
public record ReferenceCode(String value) {
  public static final String PREFIX = "TD";
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  public static final int RANDOM_SYMBOLS = 6;
  public static final int LENGTH = PREFIX.length() + RANDOM_SYMBOLS + 1;

  private static final int MODULUS = ALPHABET.length(); // 31, a prime

  public ReferenceCode {
    Problem problem = problemOf(value);
    if (problem != null) {
      throw new InvalidReferenceCodeException(problem, value);
    }
  }

  /** A fresh random code; pass a {@link java.security.SecureRandom} in production. */
  public static ReferenceCode generate(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH).append(PREFIX);
    for (int i = 0; i < RANDOM_SYMBOLS; i++) {
      code.append(ALPHABET.charAt(random.nextInt(MODULUS)));
    }
    return new ReferenceCode(code.append(checkSymbol(code)).toString());
  }

  /**
   * Reads a code a person typed or read out: case, spaces, dots and dashes are ignored ({@code "td
   * 7k3m-9qv"} is {@code TD7K3M9QV}).
   *
   * @throws InvalidReferenceCodeException saying what is wrong
   */
  public static ReferenceCode parse(String text) {
    return new ReferenceCode(AsciiFolding.compact(text));
  }

  /** Like {@link #parse(String)} but empty instead of throwing. */
  public static Optional<ReferenceCode> tryParse(String text) {
    String compact = AsciiFolding.compact(text);
    return problemOf(compact) == null ? Optional.of(new ReferenceCode(compact)) : Optional.empty();
  }

  /** Why a text is not a reference code. */
  public enum Problem {
    WRONG_LENGTH,
    WRONG_PREFIX,
    UNKNOWN_SYMBOL,
    CHECK_MISMATCH
  }

  static Problem problemOf(String value) {
    if (value == null || value.length() != LENGTH) {
      return Problem.WRONG_LENGTH;
    }
    if (!value.startsWith(PREFIX)) {
      return Problem.WRONG_PREFIX;
    }
    for (int i = PREFIX.length(); i < LENGTH; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return Problem.UNKNOWN_SYMBOL;
      }
    }
    return checkSymbol(value.subSequence(0, LENGTH - 1)) == value.charAt(LENGTH - 1)
        ? null
        : Problem.CHECK_MISMATCH;
  }

  /**
   * The symbol that makes {@code sum(weight_i * symbol_i) ≡ 0 (mod 31)} with weights 2, 3, … for
   * the leading symbols and 1 for the check. Distinct non-zero weights modulo a prime detect any
   * one changed symbol and any two symbols swapped.
   */
  static char checkSymbol(CharSequence withoutCheck) {
    int sum = 0;
    for (int i = 0; i < withoutCheck.length(); i++) {
      sum += (i + 2) * ALPHABET.indexOf(withoutCheck.charAt(i));
    }
    return ALPHABET.charAt(Math.floorMod(-sum, MODULUS));
  }

  @Override
  public String toString() {
    return value;
  }
}
