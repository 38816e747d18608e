package vn.tiepdon.payment.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.reference.ReferenceCode;

/**
 * The intents kiosks announced to a hospital-wide desk, and which kiosk each came from (port). The
 * intent itself lands in the ledger's intent table, so the desk reconciles it like its own.
 */
public interface KioskIntentRegistry {

  /**
   * Stores an announced intent with its origin, once: announcements arrive at least once, so a
   * repeat changes nothing.
   *
   * @param intent as the kiosk created it (OPEN, nothing received)
   */
  Registration register(PaymentIntent intent, IntentOrigin origin, Instant announcedAt);

  /** The kiosk an intent came from; empty for an intent no kiosk announced. */
  Optional<IntentOrigin> origin(ReferenceCode reference);

  /**
   * Notes that the kiosk learnt the payment, so the desk stops telling it.
   *
   * @return false when nothing changed (unknown reference, another kiosk, or acknowledged before)
   */
  boolean acknowledge(ReferenceCode reference, IntentOrigin from, Instant at);

  /**
   * Announced intents created at or after {@code since} that have money booked and whose kiosk has
   * not acknowledged it: what to tell the kiosks again after the desk was away from the broker.
   */
  List<Announced> unacknowledgedPayments(Instant since);

  /** What {@link #register} did. */
  enum Registration {
    /** Stored now. */
    NEW,
    /** Stored before, with the same amount, times and kiosk: nothing changed. */
    REPEAT,
    /** The reference is taken by an intent with another amount, time or kiosk: nothing changed. */
    CONFLICT
  }

  /** An intent as it stands now, and the kiosk that announced it. */
  record Announced(PaymentIntent intent, IntentOrigin origin) {}
}
