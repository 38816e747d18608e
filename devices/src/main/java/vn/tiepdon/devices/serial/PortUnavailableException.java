package vn.tiepdon.devices.serial;

import java.io.IOException;
import java.util.Objects;
import vn.tiepdon.devices.HealthReason;

/** A serial port that cannot be used now, with the health reason that says why. */
public final class PortUnavailableException extends IOException {
  private final HealthReason reason;

  public PortUnavailableException(HealthReason reason, String detail) {
    super(detail);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** PORT_NOT_FOUND, PORT_AMBIGUOUS or PORT_OPEN_FAILED. */
  public HealthReason reason() {
    return reason;
  }
}
