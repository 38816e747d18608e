package vn.tiepdon.devices;

/** How usable a device is, from best to worst. */
public enum HealthState {
  /** Working normally. */
  UP,
  /** Working, but someone should look at it soon (paper low, slow frames). */
  DEGRADED,
  /** Not usable until fixed or reconnected. */
  DOWN;

  /** The worse of two states; an aggregate of many devices is as bad as its worst one. */
  public HealthState worst(HealthState other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
