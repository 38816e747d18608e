package vn.tiepdon.provisioning.command;

/** What IT can ask a kiosk to do; the wire name is the constant's name. */
public enum CommandType {
  /** Restart the kiosk application (after the current patient's session ends). */
  RESTART,
  /** Stop taking patients and show the maintenance screen. */
  MAINTENANCE_ON,
  /** Leave maintenance and go back to the attract screen. */
  MAINTENANCE_OFF,
  /** Show a notice on the attract screen; args {@code vi}, {@code en}, optional {@code minutes}. */
  SHOW_MESSAGE,
  /** Install a new signed enrolment bundle; args {@code bundle}: the whole signed bundle file. */
  REPLACE_CONFIG_BUNDLE,
  /** Replace the trusted CSCA certificates; args {@code certificates}: a list of PEM texts. */
  UPDATE_CSCA_LIST,
  /**
   * Send the last log lines, citizen IDs masked; args optional {@code lines} (1-500, default 200).
   */
  SEND_LOGS,
  /** Send a PNG screenshot of the kiosk screen. */
  SCREENSHOT
}
