package vn.tiepdon.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; it runs in UTC so that tests prove the day is Vietnam's. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  /** A clock at the given local time in Asia/Ho_Chi_Minh. */
  public static MutableClock atVietnamTime(String localDateTime) {
    return new MutableClock(
        java.time.LocalDateTime.parse(localDateTime).atZone(QueueDay.ZONE).toInstant());
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests keep this clock in UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
