package vn.tiepdon.provisioning.telemetry;

import static vn.tiepdon.provisioning.telemetry.WireTokens.optionalToken;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireNotNegative;
import static vn.tiepdon.provisioning.telemetry.WireTokens.requireToken;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Something that happened at a kiosk and that the hospital wants to count or act on. Events carry
 * codes and figures only, never personal data: no names, no citizen IDs, no faces. The telemetry
 * adds a unique id and the time when it records the event.
 */
public sealed interface KioskEvent {

  EventType type();

  static KioskEvent ticketIssued(
      String serviceCode, String ticketNumber, String priority, boolean provisional) {
    return new TicketIssued(serviceCode, ticketNumber, priority, provisional);
  }

  static KioskEvent paymentIntentCreated(String intentRef, long amountVnd) {
    return new PaymentIntentCreated(intentRef, amountVnd, null, null, null);
  }

  /**
   * A payment intent was shown, with what a hospital-wide cashier desk needs to reconcile it: when
   * it was created and when its QR expires, and the visit's ticket reference (a code, not a
   * person).
   *
   * @param ticketRef {@code null} when there is none or it is not a plain code
   */
  static KioskEvent paymentIntentCreated(
      String intentRef, long amountVnd, Instant createdAt, Instant expiresAt, String ticketRef) {
    WireTokens.require("createdAt", createdAt);
    WireTokens.require("expiresAt", expiresAt);
    return new PaymentIntentCreated(intentRef, amountVnd, createdAt, expiresAt, ticketRef);
  }

  static KioskEvent paymentIntentPaid(String intentRef, long amountVnd) {
    return new PaymentIntentPaid(intentRef, amountVnd);
  }

  static KioskEvent deviceFault(String device, DeviceState state, String reason) {
    return new DeviceFault(device, state, reason);
  }

  static KioskEvent staffCalled(String step) {
    return new StaffCalled(step);
  }

  static KioskEvent commandRejected(String commandId, String status) {
    return new CommandRejected(commandId, status);
  }

  /**
   * A queue ticket was issued; {@code provisional} when the HIS was unreachable and the number came
   * from the kiosk's offline range.
   */
  record TicketIssued(
      String serviceCode,
      String ticketNumber,
      String priority,
      @JsonProperty(required = true) boolean provisional)
      implements KioskEvent {
    public TicketIssued {
      requireToken("serviceCode", serviceCode, 32);
      requireToken("ticketNumber", ticketNumber, 16);
      requireToken("priority", priority, 32);
    }

    @Override
    public EventType type() {
      return EventType.TICKET_ISSUED;
    }
  }

  /**
   * A VietQR payment intent was shown; {@code intentRef} is the kiosk's reference, not a name. The
   * times and the ticket reference were added within v1: events of older kiosks lack them, so they
   * are optional on the wire (and left out when null).
   */
  record PaymentIntentCreated(
      String intentRef,
      @JsonProperty(required = true) long amountVnd,
      @JsonInclude(JsonInclude.Include.NON_NULL) Instant createdAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Instant expiresAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) String ticketRef)
      implements KioskEvent {
    public PaymentIntentCreated {
      requireToken("intentRef", intentRef, 64);
      requireNotNegative("amountVnd", amountVnd);
      optionalToken("ticketRef", ticketRef, 64);
      if (createdAt != null && expiresAt != null && !expiresAt.isAfter(createdAt)) {
        throw new IllegalArgumentException(
            "expiresAt must be after createdAt " + createdAt + ", was " + expiresAt);
      }
    }

    @Override
    public EventType type() {
      return EventType.PAYMENT_INTENT_CREATED;
    }
  }

  /** A payment intent was matched to a bank transfer. */
  record PaymentIntentPaid(String intentRef, @JsonProperty(required = true) long amountVnd)
      implements KioskEvent {
    public PaymentIntentPaid {
      requireToken("intentRef", intentRef, 64);
      requireNotNegative("amountVnd", amountVnd);
    }

    @Override
    public EventType type() {
      return EventType.PAYMENT_INTENT_PAID;
    }
  }

  /** A device left the ok state, e.g. {@code printer} / {@code fault} / {@code paper_out}. */
  record DeviceFault(String device, DeviceState state, String reason) implements KioskEvent {
    public DeviceFault {
      requireToken("device", device, 32);
      WireTokens.require("state", state);
      optionalToken("reason", reason, 64);
    }

    @Override
    public EventType type() {
      return EventType.DEVICE_FAULT;
    }
  }

  /** A patient pressed the staff-call button; {@code step} is the check-in step they were on. */
  record StaffCalled(String step) implements KioskEvent {
    public StaffCalled {
      requireToken("step", step, 32);
    }

    @Override
    public EventType type() {
      return EventType.STAFF_CALLED;
    }
  }

  /**
   * A remote command was refused (bad signature, replay, expired, other kiosk...): IT sees attempts
   * even when nobody waits for the ack. {@code status} is the ack's {@code REJECTED_*} code.
   */
  record CommandRejected(String commandId, String status) implements KioskEvent {
    public CommandRejected {
      requireToken("commandId", commandId, 64);
      requireToken("status", status, 32);
    }

    @Override
    public EventType type() {
      return EventType.COMMAND_REJECTED;
    }
  }
}
