package vn.tiepdon.provisioning.telemetry;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of {@code event} message; the wire name is the JSON {@code type}. */
public enum EventType {
  @JsonProperty("ticket_issued")
  TICKET_ISSUED(KioskEvent.TicketIssued.class),
  @JsonProperty("payment_intent_created")
  PAYMENT_INTENT_CREATED(KioskEvent.PaymentIntentCreated.class),
  @JsonProperty("payment_intent_paid")
  PAYMENT_INTENT_PAID(KioskEvent.PaymentIntentPaid.class),
  @JsonProperty("device_fault")
  DEVICE_FAULT(KioskEvent.DeviceFault.class),
  @JsonProperty("staff_called")
  STAFF_CALLED(KioskEvent.StaffCalled.class),
  @JsonProperty("command_rejected")
  COMMAND_REJECTED(KioskEvent.CommandRejected.class);

  private final Class<? extends KioskEvent> dataType;

  EventType(Class<? extends KioskEvent> dataType) {
    this.dataType = dataType;
  }

  /** The record that carries this event's {@code data}. */
  public Class<? extends KioskEvent> dataType() {
    return dataType;
  }
}
