package vn.tiepdon.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTrackerTest {
  private final MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  private final DeviceId id = DeviceId.of(DeviceKind.CAMERA, "main");
  private final HealthTracker tracker = new HealthTracker(id, clock);
  private final List<DeviceHealth> changes = new ArrayList<>();

  @Test
  void startsDownNotStarted() {
    assertThat(tracker.current().state()).isEqualTo(HealthState.DOWN);
    assertThat(tracker.current().reason()).isEqualTo(HealthReason.NOT_STARTED);
    assertThat(tracker.current().since()).isEqualTo(clock.instant());
  }

  @Test
  void sinceMovesOnlyWhenTheConditionChanges() {
    tracker.addListener((before, after) -> changes.add(after));
    clock.advance(Duration.ofSeconds(5));
    DeviceHealth up = tracker.up();
    clock.advance(Duration.ofSeconds(5));
    tracker.up();
    tracker.degraded(HealthReason.SLOW_FRAMES, "4.0 fps");
    clock.advance(Duration.ofSeconds(1));
    DeviceHealth stillSlow = tracker.degraded(HealthReason.SLOW_FRAMES, "3.0 fps");

    assertThat(changes)
        .extracting(DeviceHealth::reason)
        .containsExactly(HealthReason.OK, HealthReason.SLOW_FRAMES);
    assertThat(up.since()).isEqualTo(clock.instant().minusSeconds(6));
    assertThat(stillSlow.since()).isEqualTo(clock.instant().minusSeconds(1));
  }

  @Test
  void aFailingListenerDoesNotStopTheOthers() {
    tracker.addListener(
        (before, after) -> {
          throw new IllegalStateException("boom");
        });
    tracker.addListener((before, after) -> changes.add(after));
    tracker.up();
    assertThat(changes).hasSize(1);
  }

  @Test
  void cancelledListenersHearNothing() {
    Subscription s = tracker.addListener((before, after) -> changes.add(after));
    s.cancel();
    tracker.up();
    assertThat(changes).isEmpty();
  }

  @Test
  void reportUsesTheReasonsUsualState() {
    assertThat(tracker.report(HealthReason.PAPER_NEAR_END, "").state())
        .isEqualTo(HealthState.DEGRADED);
    assertThat(tracker.report(HealthReason.PAPER_OUT, "").state()).isEqualTo(HealthState.DOWN);
  }
}
