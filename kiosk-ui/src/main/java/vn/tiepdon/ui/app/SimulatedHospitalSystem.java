package vn.tiepdon.ui.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.ui.flow.HospitalSystem;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PatientSummary;

/**
 * An in-process hospital system for the demo and tests: it records visits while up, and answers as
 * an unreachable HIS when taken down, so that the provisional-ticket path can be shown.
 */
public final class SimulatedHospitalSystem implements HospitalSystem {
  private static final Logger log = LoggerFactory.getLogger(SimulatedHospitalSystem.class);

  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong registered = new AtomicLong();

  @Override
  public Registration register(IssuedTicket ticket, PatientSummary patient, Object card) {
    if (down.get()) {
      log.warn("simulated hospital system is down; ticket {} is provisional", ticket.number());
      return Registration.UNAVAILABLE;
    }
    registered.incrementAndGet();
    return Registration.REGISTERED;
  }

  public void down(boolean isDown) {
    down.set(isDown);
  }

  public boolean isDown() {
    return down.get();
  }

  public long registeredCount() {
    return registered.get();
  }
}
