package vn.tiepdon.ui.config;

import java.time.Duration;
import java.util.regex.Pattern;

/** This kiosk's identity, storage and patient-session rules. */
public record KioskSettings(
    String id,
    String dataDir,
    IdentityCheck identityCheck,
    Duration idleTimeout,
    Duration idleWarning,
    HospitalSystemMode hospitalSystem) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public KioskSettings {
    Settings.requireText("id", id);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be 1-32 lower-case letters, digits or '-', was '" + id + "'");
    }
    dataDir = dataDir == null || dataDir.isBlank() ? "var/" + id : dataDir;
    identityCheck = identityCheck == null ? IdentityCheck.QR_CHIP_AND_FACE : identityCheck;
    idleTimeout = idleTimeout == null ? Duration.ofSeconds(45) : idleTimeout;
    idleWarning = idleWarning == null ? Duration.ofSeconds(10) : idleWarning;
    hospitalSystem = hospitalSystem == null ? HospitalSystemMode.LOCAL_ONLY : hospitalSystem;
    Settings.requireBetween(
        "idleTimeout", idleTimeout, Duration.ofSeconds(15), Duration.ofMinutes(5));
    Settings.requireBetween("idleWarning", idleWarning, Duration.ofSeconds(3), idleTimeout);
  }
}
