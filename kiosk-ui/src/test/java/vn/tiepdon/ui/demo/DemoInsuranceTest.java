package vn.tiepdon.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.ui.app.SimulatedHospitalSystem;

/** The demo's made-up citizens cover every outcome of the insurance check. */
class DemoInsuranceTest {
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  @Test
  void everyAnswerOfTheCheckIsOneCitizenAway() {
    SimulatedHospitalSystem his = new SimulatedHospitalSystem();
    DemoSetup.insure(clock, his);

    List<MadeUpCitizen> citizens = MadeUpCitizens.asOf(clock);
    List<InsuranceStatus> outcomes =
        citizens.stream().map(c -> his.insuranceOf(c.card().id())).toList();
    assertThat(outcomes)
        .containsExactlyElementsOf(DemoSetup.INSURANCE)
        .contains(
            InsuranceStatus.VALID,
            InsuranceStatus.WRONG_ROUTE,
            InsuranceStatus.EXPIRED,
            InsuranceStatus.NOT_FOUND);
  }
}
