package vn.tiepdon.provisioning.fleet;

import java.time.Duration;

/**
 * When the fleet table raises alerts. Checked once here, so the console and {@code fleet status}
 * agree.
 *
 * @param offlineAfter how long a kiosk may be offline before it is an alert (a restart is not)
 * @param silentAfter how long an online kiosk may stay quiet (no status, health or event) before it
 *     is an alert: a connection that is up but a kiosk that no longer reports, as ThingsBoard's
 *     inactivity timeout; pick a few health intervals
 * @param outboxBacklog undelivered messages in a kiosk's outbox that make an alert
 */
public record AlertRules(Duration offlineAfter, Duration silentAfter, long outboxBacklog) {
  public static final AlertRules DEFAULT =
      new AlertRules(Duration.ofMinutes(5), Duration.ofMinutes(3), 100);

  public AlertRules {
    requirePositive("offlineAfter", offlineAfter);
    requirePositive("silentAfter", silentAfter);
    if (outboxBacklog < 1) {
      throw new IllegalArgumentException("outboxBacklog must be at least 1, was " + outboxBacklog);
    }
  }

  private static void requirePositive(String key, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be a positive duration, was " + value);
    }
  }
}
