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
}
