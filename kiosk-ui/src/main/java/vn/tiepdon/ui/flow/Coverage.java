package vn.tiepdon.ui.flow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hospital system said about the patient's health insurance (BHYT) for today's visit, and
 * so how the visit is paid: under insurance, or as a self-paying patient at the service fee.
 *
 * @param validUntil the card's last valid day, when the hospital system gave it
 */
public record Coverage(Status status, Optional<LocalDate> validUntil) {
  public Coverage {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  public static Coverage of(Status status) {
    return new Coverage(status, Optional.empty());
  }

  public static Coverage until(Status status, LocalDate lastDay) {
    return new Coverage(status, Optional.of(lastDay));
  }

  /** The hospital system did not answer in time: the counter checks the card. */
  public static Coverage unchecked() {
    return of(Status.UNCHECKED);
  }

  /** Whether the visit is billed to insurance, so the insurance price applies. */
  public boolean insured() {
    return status.insured();
  }

  /** The outcomes of a BHYT check, as the patient reads them (UX.md "insurance"). */
  public enum Status {
    /** Insured and in-network here (khám đúng tuyến). */
    VALID,
    /** Insured but out-of-network here (khám trái tuyến): still billed to insurance. */
    WRONG_ROUTE,
    /** The card's validity has ended: the patient can register as self-paying. */
    EXPIRED,
    /** No card for this citizen: the patient can register as self-paying. */
    NOT_FOUND,
    /** No answer (hospital system down, slow or not connected): checked at the counter. */
    UNCHECKED;

    public boolean insured() {
      return this == VALID || this == WRONG_ROUTE;
    }
  }
}
