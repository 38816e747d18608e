package vn.tiepdon.devices.chipbox;

import java.util.Objects;

/**
 * A parsed-data box sent a document the kiosk does not accept. The message names the field and what
 * is wrong with it, never the field's value (it may be personal data).
 */
public final class RejectedCardDataException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String field;

  public RejectedCardDataException(String field, String problem) {
    super(
        Objects.requireNonNull(field, "field") + " " + Objects.requireNonNull(problem, "problem"));
    this.field = field;
  }

  /** The JSON path of the offending field, e.g. {@code chip.dateOfBirth}, or {@code document}. */
  public String field() {
    return field;
  }
}
