package vn.tiepdon.provisioning.telemetry;

import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * The kiosk's birth/death sequence (Sparkplug B's {@code bdSeq}): a number taken for every new
 * broker connection, put in both the Last Will and the birth. It must survive restarts, or a
 * rebooted kiosk would reuse a number and a consumer could take an old death for a new one.
 */
public interface BirthSequence {
  /** Takes the next number durably: 0 the first time, then one more each call. */
  long next(KioskRef kiosk);
}
