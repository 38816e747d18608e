package vn.tiepdon.devices.gpio;

import java.time.Instant;
import java.util.Objects;

/** Something a person did in front of the kiosk, as its sensors saw it (already debounced). */
public record GpioEvent(Kind kind, Instant at) {
  public enum Kind {
    /** The presence sensor started seeing someone: wake the attract screen. */
    PRESENCE_DETECTED,
    /** The presence sensor stopped seeing anyone. */
    PRESENCE_LOST,
    /** The staff-call button was pressed. */
    STAFF_CALL
  }

  public GpioEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
  }
}
