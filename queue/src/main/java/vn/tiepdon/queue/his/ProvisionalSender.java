package vn.tiepdon.queue.his;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.queue.QueueStore;

/**
 * Delivers the registrations the HIS missed, oldest first. A delivered one marks its ticket
 * registered and its encrypted row is deleted in the same transaction. Sending stops at the first
 * unreachable answer, so registrations reach the HIS in the order patients came (and an HIS that is
 * down is not hammered). Retries are safe: the HIS adapter recognises the request key. Rows older
 * than the retention limit are purged and their tickets marked {@link VisitState#EXPIRED}.
 *
 * <p>The composition root calls {@link #sendDue()} on a schedule (e.g. every 30 s); it is not
 * thread-safe against itself, so one scheduler thread runs it.
 */
public final class ProvisionalSender {
  private static final Logger LOG = LoggerFactory.getLogger(ProvisionalSender.class);
  private static final int BATCH = 50;

  private final QueueStore store;
  private final HospitalSystem his;
  private final RegistrationSealer sealer;
  private final Duration retention;
  private final Clock clock;

  /**
   * @param retention how long an undeliverable registration is kept (e.g. P7D)
   */
  public ProvisionalSender(
      QueueStore store,
      HospitalSystem his,
      RegistrationSealer sealer,
      Duration retention,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.his = Objects.requireNonNull(his, "his");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
    this.retention = retention;
  }

  /** What one round did. */
  public record Report(int sent, int refused, int unreadable, int purged, int waiting) {}

  /**
   * {@link #sendDue()} for a scheduler ({@code scheduleWithFixedDelay(sender.asTask(), ...)}): a
   * failure (e.g. the database is busy) is logged and the next round tries again, instead of ending
   * the schedule as an uncaught exception would.
   */
  public Runnable asTask() {
    return () -> {
      try {
        Report report = sendDue();
        if (report.sent() + report.refused() + report.purged() > 0 || report.waiting() > 0) {
          LOG.info("provisional registrations: {}", report);
        }
      } catch (RuntimeException e) {
        LOG.error("provisional sender round failed; next round retries", e);
      }
    };
  }

  /** Purges expired rows, then sends waiting ones in order until the HIS stops answering. */
  public Report sendDue() {
    int purged = purgeExpired();
    int sent = 0;
    int refused = 0;
    int unreadable = 0;
    java.util.Set<vn.tiepdon.queue.RequestKey> tried = new java.util.HashSet<>();
    boolean reachable = true;
    while (reachable) {
      List<SealedRegistration> batch = store.read(ledger -> ledger.waiting(tried.size() + BATCH));
      boolean triedOne = false;
      for (SealedRegistration row : batch) {
        if (!tried.add(row.key())) {
          continue;
        }
        triedOne = true;
        Outcome outcome = deliver(row);
        switch (outcome) {
          case SENT -> sent++;
          case REFUSED -> refused++;
          case UNREADABLE -> unreadable++;
          case UNREACHABLE -> reachable = false;
        }
        if (!reachable) {
          break;
        }
      }
      if (!triedOne) {
        break;
      }
    }
    int waiting = store.read(ledger -> ledger.waiting(Integer.MAX_VALUE).size());
    return new Report(sent, refused, unreadable, purged, waiting);
  }

  private enum Outcome {
    SENT,
    REFUSED,
    UNREADABLE,
    UNREACHABLE
  }

  private Outcome deliver(SealedRegistration row) {
    VisitRequest request;
    try {
      request = sealer.open(row);
    } catch (UnreadableRegistrationException e) {
      // Kept (not deleted): a restored key can still deliver it; the retention purge ends it.
      LOG.error("{}", e.getMessage());
      store.write(
          ledger -> {
            ledger.noteAttempt(row.key(), clock.instant(), "unreadable");
            return null;
          });
      return Outcome.UNREADABLE;
    }
    Registration answer = his.register(request);
    Instant now = clock.instant();
    if (answer instanceof Registration.Registered registered) {
      store.write(
          ledger -> {
            ledger.recordVisit(Visit.registered(row.ticket(), registered), now);
            ledger.remove(row.key());
            return null;
          });
      LOG.info("provisional visit {} registered as {}", row.key(), registered.encounter());
      return Outcome.SENT;
    }
    if (answer instanceof Registration.Refused refusedAnswer) {
      store.write(
          ledger -> {
            ledger.recordVisit(Visit.of(row.ticket(), VisitState.REFUSED), now);
            ledger.remove(row.key());
            return null;
          });
      LOG.warn(
          "HIS refused provisional visit {} ({}): {}; staff confirm it at the counter",
          row.key(),
          request.patient().citizenId().masked(),
          refusedAnswer.reason());
      return Outcome.REFUSED;
    }
    if (answer instanceof Registration.LocalOnly) {
      // The site switched to local-only mode: nothing will ever take it.
      store.write(
          ledger -> {
            ledger.recordVisit(Visit.of(row.ticket(), VisitState.LOCAL_ONLY), now);
            ledger.remove(row.key());
            return null;
          });
      return Outcome.SENT;
    }
    String why = ((Registration.Unreachable) answer).why();
    store.write(
        ledger -> {
          ledger.noteAttempt(row.key(), now, why);
          return null;
        });
    return Outcome.UNREACHABLE;
  }

  private int purgeExpired() {
    Instant now = clock.instant();
    Instant cutoff = now.minus(retention);
    return store.write(
        ledger -> {
          List<SealedRegistration> old = ledger.waitingSince(cutoff);
          for (SealedRegistration row : old) {
            ledger.recordVisit(Visit.of(row.ticket(), VisitState.EXPIRED), now);
            ledger.remove(row.key());
            LOG.warn(
                "provisional visit {} not delivered within {}: purged, ticket marked EXPIRED",
                row.key(),
                retention);
          }
          return old.size();
        });
  }
}
