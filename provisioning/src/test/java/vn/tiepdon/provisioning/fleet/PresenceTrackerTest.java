package vn.tiepdon.provisioning.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.message.OfflineReason;
import vn.tiepdon.provisioning.topic.KioskRef;

class PresenceTrackerTest {
  private static final KioskRef K = KioskRef.of("bv-a", "k01");
  private static final Instant T = Instant.parse("2026-11-22T08:00:00Z");

  private static KioskStatus birth(long bdSeq) {
    return KioskStatus.birth(K, bdSeq, T, "0.1.0");
  }

  private static KioskStatus will(long bdSeq) {
    return KioskStatus.death(K, bdSeq, T, "0.1.0", OfflineReason.CONNECTION_LOST);
  }

  @Test
  void aLateDeathOfAnOldConnectionDoesNotTakeTheKioskOffline() {
    PresenceTracker tracker = new PresenceTracker();
    assertThat(tracker.apply(birth(4))).isEqualTo(Liveness.ONLINE);
    assertThat(tracker.apply(birth(5))).isEqualTo(Liveness.ONLINE);
    assertThat(tracker.apply(will(4))).isEqualTo(Liveness.STALE_DEATH);
    assertThat(tracker.current(K)).contains(birth(5));
    assertThat(tracker.apply(will(5))).isEqualTo(Liveness.OFFLINE);
    assertThat(tracker.current(K)).contains(will(5));
  }

  @Test
  void aDeathWithoutAKnownBirthCounts() {
    assertThat(new PresenceTracker().apply(will(9))).isEqualTo(Liveness.OFFLINE);
  }

  @Property
  void onlyTheCurrentBirthsDeathCounts(
      @ForAll @LongRange(max = 1000) long born, @ForAll @LongRange(max = 1000) long died) {
    PresenceTracker tracker = new PresenceTracker();
    tracker.apply(birth(born));
    Liveness liveness = tracker.apply(will(died));
    assertThat(liveness).isEqualTo(born == died ? Liveness.OFFLINE : Liveness.STALE_DEATH);
    assertThat(tracker.current(K).orElseThrow().online()).isEqualTo(born != died);
  }
}
