package vn.tiepdon.citizenid;

/**
 * A {@link CitizenCard} was built from values that break an identity rule. The message, for
 * developers, names the field and never holds the full ID.
 */
public final class InvalidCardException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final CardField field;
  private final FieldProblem problem;

  public InvalidCardException(CardField field, FieldProblem problem, String message) {
    super(message);
    this.field = field;
    this.problem = problem;
  }

  public CardField field() {
    return field;
  }

  public FieldProblem problem() {
    return problem;
  }
}
