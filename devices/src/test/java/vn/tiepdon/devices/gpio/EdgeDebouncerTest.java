package vn.tiepdon.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.MutableClock;

class EdgeDebouncerTest {
  private final MutableClock clock = MutableClock.at("2026-12-01T07:00:00Z");
  private final EdgeDebouncer edges = new EdgeDebouncer(Duration.ofMillis(50), clock, false);

  private void after(long millis) {
    clock.advance(Duration.ofMillis(millis));
  }

  @Test
  void aBouncingPressIsOneChange() {
    assertThat(edges.offer(true)).containsExactly(true);
    after(1);
    assertThat(edges.offer(false)).isEmpty();
    after(2);
    assertThat(edges.offer(true)).isEmpty();
    assertThat(edges.level()).isTrue();

    after(400);
    assertThat(edges.offer(false)).containsExactly(false);
    after(3);
    assertThat(edges.offer(true)).isEmpty();
    after(3);
    assertThat(edges.offer(false)).isEmpty();
    assertThat(edges.level()).isFalse();
  }

  @Test
  void aRepeatedLevelIsNoChange() {
    assertThat(edges.offer(false)).isEmpty();
    after(100);
    assertThat(edges.offer(true)).containsExactly(true);
    after(100);
    assertThat(edges.offer(true)).isEmpty();
  }

  @Test
  void aTapShorterThanTheWindowIsNotLostForTheNextPress() {
    assertThat(edges.offer(true)).containsExactly(true);
    after(20);
    assertThat(edges.offer(false)).isEmpty(); // released too soon to tell from bounce

    after(2000);
    // The next press brings the missed release back, then counts itself.
    assertThat(edges.offer(true)).containsExactly(false, true);
  }

  @Test
  void aZeroWindowTakesEveryChange() {
    EdgeDebouncer none = new EdgeDebouncer(Duration.ZERO, clock, false);

    assertThat(none.offer(true)).containsExactly(true);
    assertThat(none.offer(false)).containsExactly(false);
    assertThat(none.offer(true)).containsExactly(true);
  }
}
