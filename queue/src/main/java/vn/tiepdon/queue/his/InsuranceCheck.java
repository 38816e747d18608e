package vn.tiepdon.queue.his;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a BHYT check.
 *
 * @param validUntil the end of the card's validity when the HIS gave it
 */
public record InsuranceCheck(InsuranceStatus status, Optional<LocalDate> validUntil) {
  public InsuranceCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  public static InsuranceCheck of(InsuranceStatus status) {
    return new InsuranceCheck(status, Optional.empty());
  }

  public static InsuranceCheck until(InsuranceStatus status, LocalDate end) {
    return new InsuranceCheck(status, Optional.of(end));
  }
}
