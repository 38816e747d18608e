package vn.tiepdon.ui.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.queue.QueueDay;
import vn.tiepdon.queue.his.InsuranceCheck;
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.Insurance;
import vn.tiepdon.ui.flow.PatientSummary;

/**
 * The flow's insurance check on the queue module's hospital system port (the FHIR adapter on a real
 * kiosk, the simulated hospital in the demo). The full card data goes to the hospital system only;
 * the log sees the masked ID and the outcome.
 */
final class HisInsurance implements Insurance {
  private static final Logger log = LoggerFactory.getLogger(HisInsurance.class);

  /** Queue's {@code HospitalSystem#checkInsurance}, the one call this adapter needs. */
  interface Eligibility {
    InsuranceCheck check(PatientDetails patient, LocalDate visitDay);
  }

  private final Eligibility his;
  private final Clock clock;

  HisInsurance(Eligibility his, Clock clock) {
    this.his = Objects.requireNonNull(his, "his");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Coverage check(PatientSummary patient, Object card) {
    if (!(card instanceof CitizenCard citizen)) {
      // Nothing to ask the hospital system with: the counter checks the card.
      log.warn("insurance check without a citizen card ({})", patient.maskedId());
      return Coverage.unchecked();
    }
    LocalDate today = LocalDate.now(clock.withZone(QueueDay.ZONE));
    InsuranceCheck answer =
        his.check(
            new PatientDetails(
                citizen.id(), citizen.fullName(), citizen.dateOfBirth(), citizen.sex()),
            today);
    log.info("insurance of {}: {}", citizen.id().masked(), answer.status());
    return new Coverage(status(answer), answer.validUntil());
  }

  private static Coverage.Status status(InsuranceCheck answer) {
    return switch (answer.status()) {
      case VALID -> Coverage.Status.VALID;
      case WRONG_ROUTE -> Coverage.Status.WRONG_ROUTE;
      case EXPIRED -> Coverage.Status.EXPIRED;
      case NOT_FOUND -> Coverage.Status.NOT_FOUND;
      case UNAVAILABLE -> Coverage.Status.UNCHECKED;
    };
  }
}
