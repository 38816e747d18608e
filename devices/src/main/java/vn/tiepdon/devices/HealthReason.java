package vn.tiepdon.devices;

/**
 * Why a device is in its health state. The UI maps each value to resource-bundle text and telemetry
 * sends the name, so values are only ever added, never renamed.
 */
public enum HealthReason {
  /** The device is up; the only reason allowed with {@link HealthState#UP}. */
  OK(HealthState.UP),
  /** Created but not started yet. */
  NOT_STARTED(HealthState.DOWN),
  /** Closed by the application. */
  CLOSED(HealthState.DOWN),
  /** The configured port (path or USB id) is not present. */
  PORT_NOT_FOUND(HealthState.DOWN),
  /** Several ports match the configured USB id; a serial number must tell them apart. */
  PORT_AMBIGUOUS(HealthState.DOWN),
  /** The port is present but could not be opened (busy, permissions). */
  PORT_OPEN_FAILED(HealthState.DOWN),
  /** The device went away while in use. */
  UNPLUGGED(HealthState.DOWN),
  /** Printer paper is running low. */
  PAPER_NEAR_END(HealthState.DEGRADED),
  /** Printer paper is out. */
  PAPER_OUT(HealthState.DOWN),
  /** Printer cover is open. */
  COVER_OPEN(HealthState.DOWN),
  /** The device does not answer. */
  OFFLINE(HealthState.DOWN),
  /** The camera delivers fewer frames per second than needed. */
  SLOW_FRAMES(HealthState.DEGRADED),
  /** The camera has delivered no frame for too long. */
  NO_FRAMES(HealthState.DOWN),
  /** A simulated camera has no images to play. */
  NO_IMAGES(HealthState.DOWN),
  /** A self-test found a fault the other reasons do not describe. */
  SELF_TEST_FAILED(HealthState.DOWN),
  /**
   * Switched off on purpose while the kiosk sleeps (the camera captures nothing while nobody is
   * there); it starts again when the kiosk wakes. Not a fault: the fault log leaves it out.
   */
  STANDBY(HealthState.DOWN);

  private final HealthState usualState;

  HealthReason(HealthState usualState) {
    this.usualState = usualState;
  }

  /** The state this reason normally goes with; adapters may still choose another non-UP state. */
  public HealthState usualState() {
    return usualState;
  }
}
