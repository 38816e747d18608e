package vn.tiepdon.provisioning.command;

import java.time.Duration;

/**
 * What the kiosk application does on IT's behalf (implemented by kiosk-ui). Each call returns once
 * the kiosk has taken the request; a restart may wait for the current patient to finish.
 */
public interface KioskControl {
  /**
   * Schedules a restart and returns; the restart itself must come after this returns, so that the
   * {@code DONE} ack is stored in the outbox first (it is published after the restart if need be).
   */
  void restart() throws Exception;

  void maintenance(boolean on) throws Exception;

  /** Shows a notice on the attract screen for {@code duration}; texts are IT's, already checked. */
  void showMessage(String vietnamese, String english, Duration duration) throws Exception;
}
