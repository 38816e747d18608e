package vn.tiepdon.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.tiepdon.ui.config.StaffPin;

class StaffLockTest {
  private static final StaffPin PIN =
      StaffPin.parse(StaffPin.hash("2468".toCharArray(), new SecureRandom()));
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private final StaffLock lock =
      new StaffLock(Optional.of((Predicate<char[]>) PIN::matches), 3, Duration.ofMinutes(5), clock);

  @Test
  void opensWithTheRightPinAndCountsDownWrongOnes() {
    assertThat(lock.enter("1111".toCharArray())).isEqualTo(new StaffLock.Wrong(2));
    assertThat(lock.enter("2468".toCharArray())).isEqualTo(new StaffLock.Opened());
    assertThat(lock.enter("1111".toCharArray())).isEqualTo(new StaffLock.Wrong(2));
  }

  @Test
  void locksForTheConfiguredTimeAfterTooManyWrongPinsEvenForTheRightOne() {
    lock.enter("1111".toCharArray());
    lock.enter("2222".toCharArray());
    Instant until = clock.instant().plus(Duration.ofMinutes(5));
    assertThat(lock.enter("3333".toCharArray())).isEqualTo(new StaffLock.Locked(until));
    assertThat(lock.locked()).isTrue();

    clock.advance(Duration.ofMinutes(4));
    assertThat(lock.enter("2468".toCharArray())).isEqualTo(new StaffLock.Locked(until));
    clock.advance(Duration.ofMinutes(1));
    assertThat(lock.enter("2468".toCharArray())).isEqualTo(new StaffLock.Opened());
  }

  @Test
  void wipesTheEnteredDigits() {
    char[] entered = "2468".toCharArray();
    lock.enter(entered);
    assertThat(new String(entered)).isEqualTo("\0\0\0\0");
  }

  @Test
  void withoutAConfiguredPinTheScreenStaysShut() {
    StaffLock none = new StaffLock(Optional.empty(), 3, Duration.ofMinutes(5), clock);
    assertThat(none.enter("2468".toCharArray())).isEqualTo(new StaffLock.NoPinConfigured());
  }
}
