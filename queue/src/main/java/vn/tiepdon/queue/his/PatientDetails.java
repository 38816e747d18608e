package vn.tiepdon.queue.his;

import java.time.LocalDate;
import java.util.Objects;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.citizenid.Sex;

/**
 * Who the visit is for, as read from the card: personal data, so {@link #toString()} shows only the
 * masked ID and this is never logged, sent over MQTT or stored unencrypted.
 */
public record PatientDetails(CitizenId citizenId, String fullName, LocalDate birthDate, Sex sex) {
  public PatientDetails {
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    if (fullName.isBlank()) {
      throw new IllegalArgumentException("fullName must not be blank");
    }
  }

  @Override
  public String toString() {
    return "PatientDetails[" + citizenId.masked() + "]";
  }
}
