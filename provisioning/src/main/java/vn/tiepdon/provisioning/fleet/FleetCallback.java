package vn.tiepdon.provisioning.fleet;

import vn.tiepdon.provisioning.message.EventMessage;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.KioskStatus;

/**
 * What a fleet consumer hears. Called on the transport's thread, one message at a time: hand work
 * to the UI thread yourself.
 */
public interface FleetCallback {

  /** A status message, already judged: {@link Liveness#STALE_DEATH} does not change presence. */
  void onStatus(KioskStatus status, Liveness liveness);

  void onHealth(Health health);

  /** Each event id once: repeats from at-least-once delivery are dropped before this. */
  void onEvent(EventMessage event);

  /** A message that could not be read; {@code problem} names the field and what was wrong. */
  default void onRejected(String topic, String problem) {}
}
