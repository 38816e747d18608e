package vn.tiepdon.ui.fx;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import vn.tiepdon.ui.flow.AutomaticPriority;
import vn.tiepdon.ui.flow.Coverage;
import vn.tiepdon.ui.flow.FlowState;
import vn.tiepdon.ui.flow.PatientSummary;
import vn.tiepdon.ui.flow.ServiceOption;

/**
 * The insurance (BHYT) screens for the screenshot run and the touch-target check: the check in
 * progress, the greeting with each outcome, and the clinic tiles with the fee each outcome brings
 * (the demo catalogue's 50.600 đ under insurance, 150.000 đ self-paying).
 */
final class InsuranceSamples {
  private static final LocalDate END_OF_YEAR = LocalDate.of(2026, 12, 31);
  private static final LocalDate LAST_MONTH = LocalDate.of(2026, 10, 31);

  private InsuranceSamples() {}

  static void addTo(
      List<ScreenHarness.Sample> all,
      PatientSummary patient,
      PatientSummary elder,
      List<ServiceOption> services,
      BiFunction<List<ServiceOption>, Long, List<ServiceOption>> atFee) {
    all.add(new ScreenHarness.Sample("checking-insurance", new FlowState.CheckingInsurance()));
    for (Coverage coverage :
        List.of(
            Coverage.until(Coverage.Status.VALID, END_OF_YEAR),
            Coverage.until(Coverage.Status.WRONG_ROUTE, END_OF_YEAR),
            Coverage.until(Coverage.Status.EXPIRED, LAST_MONTH),
            Coverage.of(Coverage.Status.NOT_FOUND),
            Coverage.unchecked())) {
      boolean elderly = coverage.status() == Coverage.Status.VALID;
      PatientSummary who = (elderly ? elder : patient).withCoverage(coverage);
      all.add(
          new ScreenHarness.Sample(
              "insurance-" + coverage.status().name(),
              new FlowState.DeclarePriority(
                  who,
                  elderly ? Optional.of(AutomaticPriority.AGED_75_OR_OVER) : Optional.empty())));
    }
    Coverage insured = Coverage.until(Coverage.Status.VALID, END_OF_YEAR);
    all.add(
        new ScreenHarness.Sample(
            "choose-service-insured",
            new FlowState.ChooseService(
                patient.withCoverage(insured), atFee.apply(services, 50_600L))));
    all.add(
        new ScreenHarness.Sample(
            "choose-service-self-paying",
            new FlowState.ChooseService(
                patient.withCoverage(Coverage.of(Coverage.Status.NOT_FOUND)),
                atFee.apply(services, 150_000L))));
    all.add(
        new ScreenHarness.Sample(
            "confirm-insured",
            new FlowState.Confirm(
                patient.withCoverage(insured), atFee.apply(services, 50_600L).get(0))));
  }
}
