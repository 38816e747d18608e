package vn.tiepdon.ui.remote;

import java.util.List;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;

/** What the staff screen shows after a bundle QR code was scanned. */
public sealed interface BundleScanEvent {
  /**
   * {@code received} of {@code total} codes are in; {@code missing} lists the numbers still to
   * scan.
   */
  record Progress(int received, int total, List<Integer> missing) implements BundleScanEvent {
    public Progress {
      missing = List.copyOf(missing);
    }
  }

  /** The bundle was verified and installed; the kiosk restarts once no patient is on screen. */
  record Installed(EnrolmentBundle bundle) implements BundleScanEvent {}

  /** Nothing was installed; scanning starts again (except after one bad code, see the problem). */
  record Refused(BundleScanProblem problem) implements BundleScanEvent {}
}
