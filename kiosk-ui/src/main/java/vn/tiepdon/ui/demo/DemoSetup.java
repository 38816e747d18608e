package vn.tiepdon.ui.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.tiepdon.citizenid.chip.software.ChipIssue;
import vn.tiepdon.citizenid.chip.software.FaceImageFile;
import vn.tiepdon.citizenid.chip.software.SoftwareChips;
import vn.tiepdon.citizenid.chip.software.TestIssuer;
import vn.tiepdon.citizenid.sample.MadeUpCitizen;
import vn.tiepdon.citizenid.sample.MadeUpCitizens;
import vn.tiepdon.provisioning.TelemetrySettings;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.ui.app.SimulatedHospitalSystem;
import vn.tiepdon.ui.config.TiepdonConfig;

/** What the demo changes in a configuration, and the made-up citizens its panel offers. */
final class DemoSetup {
  private DemoSetup() {}

  /** Points the kiosk's telemetry at the demo's embedded broker. */
  static TiepdonConfig onBroker(TiepdonConfig config, String brokerUrl) {
    TelemetrySettings t =
        config
            .telemetryIfConfigured()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the demo configuration needs a telemetry section"));
    TelemetrySettings onDemoBroker =
        new TelemetrySettings(
            brokerUrl,
            t.siteId(),
            t.kioskId(),
            t.username(),
            t.password(),
            t.caCertPath(),
            t.healthInterval(),
            t.keepAlive(),
            t.reconnectDelay(),
            t.reconnectMaxDelay(),
            t.outbox());
    return config.withTelemetry(onDemoBroker);
  }

  /**
   * The insurance outcome each made-up citizen has in the demo's simulated hospital system, in the
   * order of {@link MadeUpCitizens#all}: every outcome of the BHYT check is one scan away.
   */
  static final List<InsuranceStatus> INSURANCE =
      List.of(
          InsuranceStatus.VALID, // man over 75
          InsuranceStatus.WRONG_ROUTE, // woman born 1962
          InsuranceStatus.EXPIRED, // woman born 1976
          InsuranceStatus.NOT_FOUND, // woman aged 34
          InsuranceStatus.VALID, // boy aged 4: children under 6 are insured by the state
          InsuranceStatus.VALID, // girl aged 15: student insurance
          InsuranceStatus.NOT_FOUND, // man aged 52
          InsuranceStatus.WRONG_ROUTE); // man aged 81

  /** Gives the demo's made-up citizens their insurance outcomes in the simulated hospital. */
  static void insure(Clock clock, SimulatedHospitalSystem hospital) {
    List<MadeUpCitizen> citizens = MadeUpCitizens.all(LocalDate.now(clock));
    for (int i = 0; i < citizens.size(); i++) {
      hospital.insure(citizens.get(i).card().id(), INSURANCE.get(i % INSURANCE.size()));
    }
  }

  /**
   * The made-up citizens with chips issued by the demo's own test CSCA, which the demo kiosk
   * trusts. Each placement is a fresh card, as a real card starts every session anew, and carries
   * the chip photo chosen at that moment.
   */
  static List<DemoCitizen> citizens(
      Clock clock, TestIssuer issuer, Supplier<FaceImageFile> chipPhoto) {
    return MadeUpCitizens.all(LocalDate.now(clock)).stream()
        .map(
            c ->
                new DemoCitizen(
                    c.label(),
                    c.qrText(),
                    () -> SoftwareChips.issue(c, issuer, ChipIssue.genuine(chipPhoto.get())),
                    () ->
                        SoftwareChips.issue(
                            c,
                            issuer,
                            ChipIssue.genuine(chipPhoto.get())
                                .tampered(ChipIssue.TamperedGroup.DG13))))
        .toList();
  }
}
