package vn.tiepdon.payment.desk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.payment.feed.TransferSource;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * One manual action of a cashier, kept for ever.
 *
 * @param id unique id (UUID)
 * @param at when it was done
 * @param cashier who did it (login name, 1–64 characters)
 * @param action what was done
 * @param source and
 * @param transactionId the transfer acted on
 * @param reference the intent it was matched to (MANUAL_MATCH)
 * @param note the cashier's words (1–500 characters for a match or a note)
 */
public record AuditEntry(
    String id,
    Instant at,
    String cashier,
    Action action,
    TransferSource source,
    String transactionId,
    Optional<ReferenceCode> reference,
    String note) {
  public static final int MAX_NOTE_LENGTH = 500;
  public static final int MAX_CASHIER_LENGTH = 64;

  /** The kinds of manual action. */
  public enum Action {
    MANUAL_MATCH,
    NOTE
  }

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(transactionId, "transactionId");
    reference = Objects.requireNonNullElse(reference, Optional.empty());
    if (cashier == null || cashier.isBlank() || cashier.length() > MAX_CASHIER_LENGTH) {
      throw new IllegalArgumentException(
          "cashier must be 1-" + MAX_CASHIER_LENGTH + " characters, was " + quoted(cashier));
    }
    if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException(
          "note must be 1-"
              + MAX_NOTE_LENGTH
              + " characters, was "
              + (note == null ? "null" : note.length() + " characters"));
    }
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
