package vn.tiepdon.queue;

import java.time.LocalDate;

/**
 * No number is left to hand out: the kiosk's leased blocks are used up (and the coordinator is out
 * of reach), or the coordinator has leased the service's whole daily capacity. Nothing was
 * recorded; the patient is sent to another kiosk or the counter (message key {@code
 * numbers.exhausted}).
 */
public final class NumbersExhaustedException extends RuntimeException {
  private final ServiceCode service;

  public NumbersExhaustedException(ServiceCode service, LocalDate day, String why) {
    super("no queue number left for " + service + " on " + day + ": " + why);
    this.service = service;
  }

  public ServiceCode service() {
    return service;
  }
}
