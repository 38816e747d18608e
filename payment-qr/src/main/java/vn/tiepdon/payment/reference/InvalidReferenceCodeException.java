package vn.tiepdon.payment.reference;

/** A text that is not a valid {@link ReferenceCode}, with the typed {@link #problem()}. */
public final class InvalidReferenceCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ReferenceCode.Problem problem;

  InvalidReferenceCodeException(ReferenceCode.Problem problem, String value) {
    super(
        "reference code must be "
            + ReferenceCode.PREFIX
            + " + "
            + ReferenceCode.RANDOM_SYMBOLS
            + " symbols of "
            + ReferenceCode.ALPHABET
            + " + a check symbol ("
            + ReferenceCode.LENGTH
            + " characters): "
            + problem
            + ", was "
            + (value == null ? "null" : "\"" + value + "\""));
    this.problem = problem;
  }

  public ReferenceCode.Problem problem() {
    return problem;
  }
}
