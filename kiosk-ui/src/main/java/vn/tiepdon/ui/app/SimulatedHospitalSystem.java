package vn.tiepdon.ui.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.citizenid.CitizenId;
import vn.tiepdon.queue.his.InsuranceCheck;
import vn.tiepdon.queue.his.InsuranceStatus;
import vn.tiepdon.queue.his.PatientDetails;
import vn.tiepdon.ui.flow.HospitalSystem;
import vn.tiepdon.ui.flow.IssuedTicket;
import vn.tiepdon.ui.flow.PatientSummary;

/**
 * An in-process hospital system for the demo and tests: it records visits while up, and answers as
 * an unreachable HIS when taken down, so that the provisional-ticket path can be shown. It also
 * answers BHYT checks the way queue's hospital system port does: per made-up citizen, or one
 * outcome for everybody, or too slowly (to show the kiosk's timeout). A citizen it does not know
 * has no insurance card.
 */
public final class SimulatedHospitalSystem implements HospitalSystem {
  private static final Logger log = LoggerFactory.getLogger(SimulatedHospitalSystem.class);

  /** Longer than any wait of the kiosk for an insurance answer. */
  static final Duration SLOW_ANSWER = Duration.ofSeconds(30);

  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicBoolean slow = new AtomicBoolean();
  private final AtomicLong registered = new AtomicLong();
  private final Map<String, InsuranceStatus> insured = new ConcurrentHashMap<>();
  private final AtomicReference<Optional<InsuranceStatus>> everybody =
      new AtomicReference<>(Optional.empty());

  @Override
  public Registration register(IssuedTicket ticket, PatientSummary patient, Object card) {
    if (down.get()) {
      log.warn("simulated hospital system is down; ticket {} is provisional", ticket.number());
      return Registration.UNAVAILABLE;
    }
    registered.incrementAndGet();
    return Registration.REGISTERED;
  }

  /** As queue's {@code HospitalSystem#checkInsurance}: what the insurance portal says today. */
  public InsuranceCheck checkInsurance(PatientDetails patient, LocalDate visitDay) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(visitDay, "visitDay");
    if (slow.get()) {
      try {
        Thread.sleep(SLOW_ANSWER.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
      }
    }
    if (down.get()) {
      return InsuranceCheck.of(InsuranceStatus.UNAVAILABLE);
    }
    InsuranceStatus status =
        everybody
            .get()
            .orElseGet(
                () -> insured.getOrDefault(patient.citizenId().value(), InsuranceStatus.NOT_FOUND));
    return answer(status, visitDay);
  }

  /** Gives a made-up citizen this outcome of the insurance check. */
  public void insure(CitizenId citizen, InsuranceStatus status) {
    insured.put(citizen.value(), Objects.requireNonNull(status, "status"));
  }

  /** The outcome this citizen's insurance check has, unless one is set for everybody. */
  public InsuranceStatus insuranceOf(CitizenId citizen) {
    return insured.getOrDefault(citizen.value(), InsuranceStatus.NOT_FOUND);
  }

  /** One outcome for every patient (the demo panel's choice), or empty for per citizen. */
  public void insuranceForEverybody(Optional<InsuranceStatus> status) {
    everybody.set(Objects.requireNonNull(status, "status"));
  }

  /** Makes insurance answers slower than the kiosk waits. */
  public void slowInsurance(boolean isSlow) {
    slow.set(isSlow);
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

  /** Cards valid to the end of the year; an expired one ended last month. */
  private static InsuranceCheck answer(InsuranceStatus status, LocalDate visitDay) {
    return switch (status) {
      case VALID, WRONG_ROUTE ->
          InsuranceCheck.until(status, visitDay.with(TemporalAdjusters.lastDayOfYear()));
      case EXPIRED ->
          InsuranceCheck.until(
              status, visitDay.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
      case NOT_FOUND, UNAVAILABLE -> InsuranceCheck.of(status);
    };
  }
}
