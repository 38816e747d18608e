package vn.tiepdon.ui.remote;

import vn.tiepdon.provisioning.command.CscaTrustList;
import vn.tiepdon.provisioning.command.KioskControl;
import vn.tiepdon.provisioning.command.LogTail;
import vn.tiepdon.provisioning.command.ScreenCapture;

/**
 * What remote commands act on, on this kiosk: usually {@link RemoteKioskControl}, {@link
 * KioskLogTail}, {@link vn.tiepdon.ui.remote.fx.FxScreenCapture} and {@link CscaFolder}.
 */
public record KioskPorts(
    KioskControl control, LogTail logs, ScreenCapture screen, CscaTrustList csca) {
  public KioskPorts {
    if (control == null || logs == null || screen == null || csca == null) {
      throw new IllegalArgumentException("control, logs, screen and csca are required");
    }
  }

  /**
   * For the command line, while the kiosk itself is not running: a bundle's CSCA list is written to
   * {@code csca}, the restart that follows an install is the kiosk's next start, and there is no
   * screen, log tail or attract screen to act on.
   */
  public static KioskPorts notRunning(CscaTrustList csca) {
    return new KioskPorts(
        new NotRunningKiosk(),
        max -> java.util.List.of(),
        () -> {
          throw new IllegalStateException("the kiosk is not running; there is no screen");
        },
        csca);
  }

  private static final class NotRunningKiosk implements KioskControl {
    @Override
    public void restart() {
      // Nothing runs: the next start reads the new bundle anyway.
    }

    @Override
    public void maintenance(boolean on) {
      throw new IllegalStateException("the kiosk is not running");
    }

    @Override
    public void showMessage(String vietnamese, String english, java.time.Duration duration) {
      throw new IllegalStateException("the kiosk is not running");
    }
  }
}
