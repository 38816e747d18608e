package vn.tiepdon.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a kiosk supplied with leased numbers: when a service's open blocks for today hold fewer
 * than the low-water mark, it leases the next block from the site coordinator — before the kiosk
 * runs out, so a patient never waits on the network and an offline kiosk still has numbers. At the
 * end of the day (or when the kiosk leaves service) it gives back what it did not use, so the
 * coordinator can tell numbers skipped by design from lost tickets.
 *
 * <p>The network call is made outside the kiosk's database transaction; a lease the coordinator
 * granted but the kiosk failed to record (a crash in between) is a gap in the numbering, visible in
 * the coordinator's lease table as a lease with no tickets. It is never a duplicate.
 */
public final class BlockLeaser {
  private static final Logger LOG = LoggerFactory.getLogger(BlockLeaser.class);

  private final KioskId kiosk;
  private final SiteId site;
  private final ServiceCatalogue catalogue;
  private final QueueStore store;
  private final LeaseCoordinator coordinator;
  private final int blockSize;
  private final int lowWater;
  private final Clock clock;

  /**
   * @param blockSize numbers per lease (e.g. 20)
   * @param lowWater lease the next block when fewer than this are left (e.g. 5: at 75 % of a block
   *     of 20)
   */
  public BlockLeaser(
      KioskId kiosk,
      SiteId site,
      ServiceCatalogue catalogue,
      QueueStore store,
      LeaseCoordinator coordinator,
      int blockSize,
      int lowWater,
      Clock clock) {
    this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    this.site = Objects.requireNonNull(site, "site");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.store = Objects.requireNonNull(store, "store");
    this.coordinator = Objects.requireNonNull(coordinator, "coordinator");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (blockSize < 1 || blockSize > 1000) {
      throw new IllegalArgumentException("queue.lease.blockSize must be 1-1000, was " + blockSize);
    }
    if (lowWater < 1 || lowWater > blockSize) {
      throw new IllegalArgumentException(
          "queue.lease.lowWater must be 1-" + blockSize + " (the block size), was " + lowWater);
    }
    this.blockSize = blockSize;
    this.lowWater = lowWater;
  }

  /**
   * Leases for one service if it runs low, and returns how many of today's numbers the kiosk holds.
   *
   * @throws CoordinatorUnavailableException when a lease was needed and the coordinator is down
   *     (the kiosk goes on issuing what it holds)
   */
  public int topUp(ServiceCode service) {
    LocalDate day = QueueDay.of(clock.instant());
    int held = held(service, day);
    if (held >= lowWater) {
      return held;
    }
    int capacity = catalogue.require(service).dailyCapacity();
    try {
      NumberBlock block = coordinator.lease(kiosk, site, service, day, blockSize, capacity);
      store.write(
          ledger -> {
            ledger.addBlock(block);
            return null;
          });
      LOG.info(
          "leased {} {}-{} for {} on {} ({})",
          service,
          block.first(),
          block.last(),
          kiosk,
          day,
          block.leaseId());
      return held + block.size();
    } catch (NumbersExhaustedException e) {
      LOG.info("{}", e.getMessage());
      return held;
    }
  }

  /**
   * Tops up every service; a coordinator that is down is logged, not thrown: what each service
   * holds is returned either way.
   */
  public Map<ServiceCode, Integer> topUpAll() {
    Map<ServiceCode, Integer> held = new LinkedHashMap<>();
    for (ClinicService service : catalogue.services()) {
      try {
        held.put(service.code(), topUp(service.code()));
      } catch (CoordinatorUnavailableException e) {
        LOG.warn("cannot lease numbers for {}: {}", service.code(), e.getMessage());
        held.put(service.code(), held(service.code(), QueueDay.of(clock.instant())));
      }
    }
    return held;
  }

  /**
   * Stops issuing from a day's blocks and gives their unused numbers back to the coordinator (also
   * any returns an earlier call could not deliver); returns how many numbers were given back now.
   * The blocks are closed locally first, in one transaction, so no ticket can take a number that is
   * being given back.
   *
   * @throws CoordinatorUnavailableException when the coordinator is down; the returns not yet
   *     delivered are kept and sent by the next call
   */
  public int giveBackUnused(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<NumberBlock> returns =
        store.write(
            ledger -> {
              ledger.closeBlocks(site, day);
              return ledger.unsentReturns(site);
            });
    int given = 0;
    for (NumberBlock block : returns) {
      coordinator.giveBack(block.leaseId(), block.next());
      store.write(
          ledger -> {
            ledger.markReturnSent(block.leaseId());
            return null;
          });
      given += block.remaining();
    }
    return given;
  }

  private int held(ServiceCode service, LocalDate day) {
    return store.read(
        ledger ->
            ledger.openBlocks(site, service, day).stream().mapToInt(NumberBlock::remaining).sum());
  }
}
