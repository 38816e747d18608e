package vn.tiepdon.ui.config;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * This kiosk's identity, storage and patient-session rules.
 *
 * @param sleepAfter the attract screen sleeps (screen dark, camera off) after this long with no one
 *     in front of the kiosk; default PT3M, PT0S never, else PT30S..PT24H
 */
public record KioskSettings(
    String id,
    String dataDir,
    IdentityCheck identityCheck,
    Duration idleTimeout,
    Duration idleWarning,
    HospitalSystemMode hospitalSystem,
    Duration sleepAfter) {
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
    sleepAfter = sleepAfter == null ? Duration.ofMinutes(3) : sleepAfter;
    if (!sleepAfter.isZero()
        && (sleepAfter.compareTo(Duration.ofSeconds(30)) < 0
            || sleepAfter.compareTo(Duration.ofHours(24)) > 0)) {
      throw new IllegalArgumentException(
          "sleepAfter must be PT0S (never) or between PT30S and PT24H, was " + sleepAfter);
    }
  }

  /** A kiosk whose attract screen sleeps after the default three quiet minutes. */
  public KioskSettings(
      String id,
      String dataDir,
      IdentityCheck identityCheck,
      Duration idleTimeout,
      Duration idleWarning,
      HospitalSystemMode hospitalSystem) {
    this(id, dataDir, identityCheck, idleTimeout, idleWarning, hospitalSystem, null);
  }
}
