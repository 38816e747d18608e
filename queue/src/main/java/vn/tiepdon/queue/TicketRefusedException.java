package vn.tiepdon.queue;

import java.util.Objects;

/** No ticket was issued, for a reason the UI turns into words: {@link #reason()}. */
public final class TicketRefusedException extends RuntimeException {
  private final Eligibility reason;
  private final ServiceCode service;

  public TicketRefusedException(Eligibility reason, ServiceCode service) {
    super("no ticket for service " + service + ": " + reason);
    if (reason == Eligibility.ELIGIBLE) {
      throw new IllegalArgumentException("an eligible request is not refused");
    }
    this.reason = Objects.requireNonNull(reason, "reason");
    this.service = Objects.requireNonNull(service, "service");
  }

  public Eligibility reason() {
    return reason;
  }

  public ServiceCode service() {
    return service;
  }
}
