package vn.tiepdon.payment.desk;

import vn.tiepdon.payment.intent.PaymentIntent;

/**
 * Told after money was booked on an intent and committed (a matching transfer arrived, or a cashier
 * matched one): the kiosk showing that intent's QR switches to "paid". Called on the ingesting
 * thread; keep it short and do not throw.
 */
@FunctionalInterface
public interface PaymentListener {
  PaymentListener NONE = intent -> {};

  void paymentBooked(PaymentIntent intent);
}
