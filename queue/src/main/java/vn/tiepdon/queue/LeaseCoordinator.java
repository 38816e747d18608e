package vn.tiepdon.queue;

import java.time.LocalDate;

/**
 * Port to the site coordinator that owns each (site, service, day) sequence when several kiosks
 * share it. It hands out blocks of numbers; a kiosk issues from its blocks inside its own database
 * transaction, so issuing never waits on the network and keeps working offline until its blocks run
 * out. See docs/decisions/0006-leased-number-blocks.md.
 */
public interface LeaseCoordinator {

  /**
   * Leases the next {@code size} numbers (fewer near the end of {@code capacity}).
   *
   * @param capacity the service's daily capacity: no number above it is ever leased
   * @throws CoordinatorUnavailableException when the coordinator cannot be reached
   * @throws NumbersExhaustedException when every number up to {@code capacity} is leased
   */
  NumberBlock lease(
      KioskId kiosk, SiteId site, ServiceCode service, LocalDate day, int size, int capacity);

  /**
   * Records that the numbers {@code from}..end of a lease were never handed out (end of day, kiosk
   * out of service): they are gaps by design, not lost tickets. Giving back twice is harmless.
   *
   * @throws CoordinatorUnavailableException when the coordinator cannot be reached
   */
  void giveBack(String leaseId, int from);
}
