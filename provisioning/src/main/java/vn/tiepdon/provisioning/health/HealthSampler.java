package vn.tiepdon.provisioning.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.provisioning.message.Health;
import vn.tiepdon.provisioning.message.HostFigures;
import vn.tiepdon.provisioning.message.OutboxFigures;
import vn.tiepdon.provisioning.telemetry.DeviceStatus;
import vn.tiepdon.provisioning.telemetry.QueueFigures;
import vn.tiepdon.provisioning.telemetry.RecentError;
import vn.tiepdon.provisioning.telemetry.RecentErrorSource;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Takes one health sample. A source that throws does not stop the report: its part is left empty
 * and the failure shows up among the last errors, which is what IT needs to see.
 */
public final class HealthSampler {
  private static final Logger log = LoggerFactory.getLogger(HealthSampler.class);
  private static final HostFigures NO_HOST =
      new HostFigures(null, null, 0, 0, 0, null, null, null, null);

  private final KioskRef kiosk;
  private final HealthSources sources;
  private final RecentErrorSource ownErrors;

  /**
   * @param ownErrors the telemetry's own failures, reported after the application's
   */
  public HealthSampler(KioskRef kiosk, HealthSources sources, RecentErrorSource ownErrors) {
    this.kiosk = kiosk;
    this.sources = sources;
    this.ownErrors = ownErrors;
  }

  public Health sample(long bdSeq, long seq, Instant now, Instant startedAt, OutboxFigures outbox) {
    List<RecentError> failures = new ArrayList<>();
    List<DeviceStatus> devices =
        read("devices", sources.devices()::deviceStatuses, List.of(), now, failures);
    QueueFigures queue =
        read("queue", sources.queue()::todaysFigures, QueueFigures.NONE, now, failures);
    HostFigures host = read("host", sources.host()::read, NO_HOST, now, failures);
    List<RecentError> errors =
        new ArrayList<>(read("errors", sources.errors()::recentErrors, List.of(), now, failures));
    errors.addAll(ownErrors.recentErrors());
    errors.addAll(failures);
    long uptime = Math.max(0, Duration.between(startedAt, now).toSeconds());
    return new Health(
        kiosk.site(),
        kiosk.kiosk(),
        bdSeq,
        seq,
        now,
        sources.appVersion(),
        uptime,
        host,
        devices == null ? List.of() : devices,
        queue == null ? QueueFigures.NONE : queue,
        errors,
        outbox);
  }

  private static <T> T read(
      String part, Supplier<T> source, T fallback, Instant now, List<RecentError> failures) {
    try {
      T value = source.get();
      return value == null ? fallback : value;
    } catch (RuntimeException e) {
      log.warn("health source '{}' failed; reporting it empty", part, e);
      failures.add(new RecentError(now, "health", part + "_source_failed"));
      return fallback;
    }
  }
}
