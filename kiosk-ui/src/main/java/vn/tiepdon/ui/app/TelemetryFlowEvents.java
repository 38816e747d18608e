package vn.tiepdon.ui.app;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.payment.intent.PaymentIntent;
import vn.tiepdon.provisioning.telemetry.KioskEvent;
import vn.tiepdon.provisioning.telemetry.Telemetry;
import vn.tiepdon.ui.flow.FlowEvents;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PaymentRequest;
import vn.tiepdon.ui.flow.PrintResult;

/**
 * The flow's events as MQTT telemetry. Events carry no personal data; a telemetry failure is logged
 * and never reaches the patient.
 */
final class TelemetryFlowEvents implements FlowEvents {
  private static final Logger log = LoggerFactory.getLogger(TelemetryFlowEvents.class);

  private final Telemetry telemetry;
  private final Function<String, Optional<PaymentIntent>> intents;

  TelemetryFlowEvents(Telemetry telemetry) {
    this(telemetry, reference -> Optional.empty());
  }

  /**
   * @param intents finds the intent behind a shown payment, so its event carries what a
   *     hospital-wide cashier desk needs (created, expiry, ticket)
   */
  TelemetryFlowEvents(Telemetry telemetry, Function<String, Optional<PaymentIntent>> intents) {
    this.telemetry = telemetry;
    this.intents = intents;
  }

  @Override
  public void ticketIssued(IssuedTicket ticket) {
    send(
        KioskEvent.ticketIssued(
            ticket.serviceCode(),
            ticket.number(),
            ticket.priority() ? "PRIORITY" : "NONE",
            ticket.provisional()));
  }

  @Override
  public void paymentRequested(IssuedTicket ticket, PaymentRequest payment) {
    send(
        intents
            .apply(payment.reference())
            .map(TelemetryFlowEvents::intentCreated)
            .orElseGet(
                () -> KioskEvent.paymentIntentCreated(payment.reference(), payment.amountDong())));
  }

  private static KioskEvent intentCreated(PaymentIntent intent) {
    String ticket = intent.ticketRef();
    try {
      return KioskEvent.paymentIntentCreated(
          intent.reference().value(),
          intent.amount().dong(),
          intent.createdAt(),
          intent.expiresAt(),
          ticket);
    } catch (IllegalArgumentException e) {
      // A ticket reference that is not a plain code (or looks like an ID number) stays here.
      return KioskEvent.paymentIntentCreated(
          intent.reference().value(),
          intent.amount().dong(),
          intent.createdAt(),
          intent.expiresAt(),
          null);
    }
  }

  @Override
  public void staffCalled(String where) {
    send(KioskEvent.staffCalled(where));
  }

  @Override
  public void printFailed(PrintResult result) {
    // The printer's own health change reports the fault; nothing more to send here.
    log.info("ticket shown on screen instead of printed: {}", result);
  }

  void deviceFault(vn.tiepdon.provisioning.telemetry.DeviceStatus status) {
    send(KioskEvent.deviceFault(status.name(), status.state(), status.reason()));
  }

  void paymentPaid(String reference, long dong) {
    send(KioskEvent.paymentIntentPaid(reference, dong));
  }

  private void send(KioskEvent event) {
    try {
      telemetry.event(event);
    } catch (RuntimeException e) {
      log.error("telemetry event {} not recorded", event.getClass().getSimpleName(), e);
    }
  }
}
