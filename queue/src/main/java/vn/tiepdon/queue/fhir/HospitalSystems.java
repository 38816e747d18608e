package vn.tiepdon.queue.fhir;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.queue.his.HospitalSystem;
import vn.tiepdon.queue.his.LocalOnlyHospitalSystem;

/**
 * Chooses the HIS adapter from configuration: FHIR when {@code his.fhir} is set, else local-only.
 */
public final class HospitalSystems {
  private HospitalSystems() {}

  public static HospitalSystem from(Optional<FhirSettings> fhir, Clock clock) {
    Objects.requireNonNull(fhir, "fhir");
    Objects.requireNonNull(clock, "clock");
    return fhir.<HospitalSystem>map(s -> new FhirHospitalSystem(s, clock))
        .orElseGet(LocalOnlyHospitalSystem::new);
  }
}
