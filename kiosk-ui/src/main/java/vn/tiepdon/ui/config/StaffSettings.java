package vn.tiepdon.ui.config;

import java.time.Duration;

/**
 * The staff screen: its PIN (hashed), how many wrong PINs lock it and for how long. Without a PIN
 * hash the staff screen cannot be opened at all.
 */
public record StaffSettings(String pinHash, Integer maxAttempts, Duration lockout) {
  public StaffSettings {
    if (pinHash != null) {
      StaffPin.parse(pinHash);
    }
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
    Settings.requireBetween("maxAttempts", maxAttempts, 1, 20);
    Settings.requireBetween("lockout", lockout, Duration.ofSeconds(30), Duration.ofHours(24));
  }

  public static StaffSettings disabled() {
    return new StaffSettings(null, null, null);
  }

  public java.util.Optional<StaffPin> pin() {
    return java.util.Optional.ofNullable(pinHash).map(StaffPin::parse);
  }
}
