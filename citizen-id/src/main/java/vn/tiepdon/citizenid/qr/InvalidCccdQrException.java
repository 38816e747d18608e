package vn.tiepdon.citizenid.qr;

import java.util.Optional;
import vn.tiepdon.citizenid.CardField;
import vn.tiepdon.citizenid.FieldProblem;

/**
 * A scanned text is not a usable CCCD QR. {@link #reason()}, {@link #field()} and {@link
 * #problem()} are for the UI to pick its words; the message is for developers and never holds the
 * full ID.
 */
public final class InvalidCccdQrException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the text was refused. */
  public enum Reason {
    /** Not the pipe-separated layout with 7 or 11 fields: some other QR code. */
    NOT_A_CCCD_QR,
    /**
     * The layout is right but one field breaks a rule; see {@link #field()}, {@link #problem()}.
     */
    INVALID_FIELD
  }

  private final Reason reason;
  private final transient CardField field;
  private final transient FieldProblem problem;

  private InvalidCccdQrException(
      Reason reason, CardField field, FieldProblem problem, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.problem = problem;
  }

  static InvalidCccdQrException notACccdQr(String message) {
    return new InvalidCccdQrException(Reason.NOT_A_CCCD_QR, null, null, message);
  }

  static InvalidCccdQrException invalidField(
      CardField field, FieldProblem problem, String message) {
    return new InvalidCccdQrException(Reason.INVALID_FIELD, field, problem, message);
  }

  public Reason reason() {
    return reason;
  }

  /** The offending field; empty for {@link Reason#NOT_A_CCCD_QR}. */
  public Optional<CardField> field() {
    return Optional.ofNullable(field);
  }

  /** What is wrong with {@link #field()}; empty for {@link Reason#NOT_A_CCCD_QR}. */
  public Optional<FieldProblem> problem() {
    return Optional.ofNullable(problem);
  }
}
