package vn.tiepdon.queue.his;

import java.util.Objects;
import vn.tiepdon.queue.ServiceCode;

/**
 * The HIS refused to register the visit; no ticket was issued. The patient is sent to the counter
 * (message key {@code his.refused}).
 */
public final class VisitRefusedException extends RuntimeException {
  private final ServiceCode service;
  private final String reason;

  public VisitRefusedException(ServiceCode service, String reason) {
    super("the HIS refused a visit to " + service + ": " + reason);
    this.service = Objects.requireNonNull(service, "service");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public ServiceCode service() {
    return service;
  }

  public String reason() {
    return reason;
  }
}
