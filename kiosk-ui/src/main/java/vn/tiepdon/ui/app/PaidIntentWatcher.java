package vn.tiepdon.ui.app;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.Money;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.payment.intent.PaymentIntents;
import vn.tiepdon.payment.intent.PaymentStatus;
import vn.tiepdon.payment.reference.ReferenceCode;
import vn.tiepdon.provisioning.message.PaymentNotice;
import vn.tiepdon.provisioning.mqtt.MqttPaymentNotices;
import vn.tiepdon.provisioning.mqtt.MqttTelemetry;
import vn.tiepdon.provisioning.telemetry.Telemetry;
import vn.tiepdon.provisioning.topic.KioskRef;
import vn.tiepdon.ui.flow.CheckInFlow;
import vn.tiepdon.ui.flow.FlowState;

/**
 * Switches the payment screen to "paid" when the hospital's cashier desk booked the money: its
 * status over MQTT updates the kiosk's own intent store (and is acknowledged with a {@code
 * payment_intent_paid} event), and every tick the intent on screen is looked up in that store. Both
 * paths meet in the store, so a status that arrived before the screen, or a desk that writes the
 * same database, end the same way.
 */
final class PaidIntentWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PaidIntentWatcher.class);

  private final PaymentIntents intents;
  private final CheckInFlow flow;
  private final TelemetryFlowEvents events;
  private Optional<MqttPaymentNotices> notices = Optional.empty();

  PaidIntentWatcher(PaymentIntents intents, CheckInFlow flow, TelemetryFlowEvents events) {
    this.intents = intents;
    this.flow = flow;
    this.events = events;
  }

  /**
   * Hears the desk over the kiosk's telemetry connection; call before {@code telemetry.start()}. A
   * kiosk without a broker only polls its store.
   */
  void listenTo(Telemetry telemetry, KioskRef self) {
    if (telemetry instanceof MqttTelemetry mqtt) {
      notices = Optional.of(MqttPaymentNotices.attach(mqtt, self, this::deskBooked));
    }
  }

  /** The desk's status for one of this kiosk's intents (repeats and stale ones change nothing). */
  void deskBooked(PaymentNotice notice) {
    ReferenceCode reference;
    try {
      reference = new ReferenceCode(notice.intentRef());
    } catch (IllegalArgumentException e) {
      log.warn("desk status for a reference this kiosk never makes: {}", e.getMessage());
      return;
    }
    Optional<PaymentIntent> changed =
        intents.recordDeskBooking(reference, Money.ofDong(notice.receivedVnd()));
    if (changed.isEmpty()) {
      log.debug("desk status {} for {} changes nothing here", notice.status(), reference);
      return;
    }
    PaymentIntent intent = changed.get();
    log.info(
        "the desk booked {} dong on {}: {}", intent.received().dong(), reference, intent.status());
    if (settled(intent.status())) {
      // Also the desk's sign that this kiosk knows: it clears the retained status.
      events.paymentPaid(reference.value(), intent.received().dong());
    }
    checkShownPayment();
  }

  /** Called every tick: the payment on screen is paid once its intent here says so. */
  void checkShownPayment() {
    if (!(flow.state() instanceof FlowState.Payment payment)) {
      return;
    }
    String reference = payment.request().reference();
    Optional<PaymentStatus> status = intents.status(new ReferenceCode(reference));
    if (status.filter(PaidIntentWatcher::settled).isPresent()) {
      flow.paymentReceived(reference);
    }
  }

  private static boolean settled(PaymentStatus status) {
    return status == PaymentStatus.PAID || status == PaymentStatus.OVERPAID;
  }

  @Override
  public void close() {
    notices.ifPresent(MqttPaymentNotices::close);
  }
}
