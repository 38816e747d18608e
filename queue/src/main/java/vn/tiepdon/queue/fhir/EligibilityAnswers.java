package vn.tiepdon.queue.fhir;

import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse.InsuranceComponent;
import org.hl7.fhir.r4.model.Enumerations.RemittanceOutcome;
import vn.tiepdon.queue.his.InsuranceCheck;
import vn.tiepdon.queue.his.InsuranceStatus;

/** Reads a CoverageEligibilityResponse as a BHYT status. */
final class EligibilityAnswers {
  private EligibilityAnswers() {}

  static InsuranceCheck read(CoverageEligibilityResponse response, LocalDate visitDay) {
    if (response.getOutcome() == RemittanceOutcome.ERROR) {
      boolean notFound =
          response.getError().stream()
              .anyMatch(
                  e -> hasCode(e.getCode(), "not-found") || hasCode(e.getCode(), "no-coverage"));
      return InsuranceCheck.of(notFound ? InsuranceStatus.NOT_FOUND : InsuranceStatus.UNAVAILABLE);
    }
    if (response.getInsurance().isEmpty()) {
      return InsuranceCheck.of(InsuranceStatus.NOT_FOUND);
    }
    InsuranceComponent insurance = response.getInsuranceFirstRep();
    Optional<LocalDate> end = endOf(insurance);
    boolean inForce =
        insurance.hasInforce()
            ? insurance.getInforce()
            : end.map(e -> !e.isBefore(visitDay)).orElse(false);
    if (!inForce || end.map(e -> e.isBefore(visitDay)).orElse(false)) {
      return new InsuranceCheck(InsuranceStatus.EXPIRED, end);
    }
    boolean outOfNetwork =
        insurance.getItem().stream().anyMatch(item -> hasCode(item.getNetwork(), "out"));
    return new InsuranceCheck(
        outOfNetwork ? InsuranceStatus.WRONG_ROUTE : InsuranceStatus.VALID, end);
  }

  private static Optional<LocalDate> endOf(InsuranceComponent insurance) {
    if (!insurance.hasBenefitPeriod() || !insurance.getBenefitPeriod().hasEnd()) {
      return Optional.empty();
    }
    String text = insurance.getBenefitPeriod().getEndElement().getValueAsString();
    return Optional.of(LocalDate.parse(text.substring(0, 10)));
  }

  private static boolean hasCode(CodeableConcept concept, String code) {
    return concept != null && concept.getCoding().stream().anyMatch(c -> code.equals(c.getCode()));
  }
}
