package vn.tiepdon.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.CitizenCard;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.PatientSummary;

/**
 * The demo's simulated hospital answering BHYT checks, read through the same adapter as the FHIR
 * one ({@link HisInsurance}).
 */
class SimulatedInsuranceTest {
  /** 18:00 UTC on New Year's Eve is already 1 January in Vietnam. */
  private static final Clock NEW_YEAR_IN_VIETNAM =
      Clock.fixed(Instant.parse("2026-12-31T18:00:00Z"), ZoneOffset.UTC);

  private final SimulatedHospitalSystem his = new SimulatedHospitalSystem();
  private final HisInsurance insurance = new HisInsurance(his::checkInsurance, NEW_YEAR_IN_VIETNAM);
  private final CitizenCard card = MadeUpCitizens.all(LocalDate.of(2026, 11, 23)).get(2).card();
  private final PatientSummary patient =
      new PatientSummary(card.fullName(), card.id().masked(), card.dateOfBirth());

  @Test
  void aCitizenItDoesNotKnowHasNoCard() {
    assertThat(insurance.check(patient, card)).isEqualTo(Coverage.of(Coverage.Status.NOT_FOUND));
  }

  @Test
  void answersPerCitizenOnTheVisitDayInVietnam() {
    his.insure(card.id(), InsuranceStatus.VALID);
    assertThat(insurance.check(patient, card))
        .isEqualTo(Coverage.until(Coverage.Status.VALID, LocalDate.of(2027, 12, 31)));
    his.insure(card.id(), InsuranceStatus.EXPIRED);
    assertThat(insurance.check(patient, card))
        .isEqualTo(Coverage.until(Coverage.Status.EXPIRED, LocalDate.of(2026, 12, 31)));
    his.insure(card.id(), InsuranceStatus.WRONG_ROUTE);
    assertThat(insurance.check(patient, card).status()).isEqualTo(Coverage.Status.WRONG_ROUTE);
  }

  @Test
  void oneOutcomeForEverybodyOverridesTheCitizensOwn() {
    his.insure(card.id(), InsuranceStatus.VALID);
    his.insuranceForEverybody(Optional.of(InsuranceStatus.NOT_FOUND));
    assertThat(insurance.check(patient, card).status()).isEqualTo(Coverage.Status.NOT_FOUND);
    his.insuranceForEverybody(Optional.empty());
    assertThat(insurance.check(patient, card).status()).isEqualTo(Coverage.Status.VALID);
  }

  @Test
  void aHospitalSystemThatIsDownCannotCheck() {
    his.insure(card.id(), InsuranceStatus.VALID);
    his.down(true);
    assertThat(insurance.check(patient, card)).isEqualTo(Coverage.unchecked());
  }

  @Test
  void withoutACitizenCardNothingIsAsked() {
    his.insure(card.id(), InsuranceStatus.VALID);
    assertThat(insurance.check(patient, "not a card")).isEqualTo(Coverage.unchecked());
  }
}
