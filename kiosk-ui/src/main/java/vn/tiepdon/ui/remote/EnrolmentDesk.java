package vn.tiepdon.ui.remote;

/**
 * The staff screen's view of enrolment: this kiosk's status, its enrolment request for the QR code,
 * and the bundle codes scanned while the screen is unlocked.
 */
public final class EnrolmentDesk {
  private final RemoteManagement remote;
  private final BundleScans scans;

  public EnrolmentDesk(RemoteManagement remote, BundleScans scans) {
    if (remote == null || scans == null) {
      throw new IllegalArgumentException("remote and scans are required");
    }
    this.remote = remote;
    this.scans = scans;
  }

  public EnrolmentStatus status() {
    return remote.enrolmentStatus();
  }

  /** The {@code TDR1:…} text to show as a QR code for the hospital's IT to scan. */
  public String enrolmentQrText() {
    return remote.enrolmentQrText();
  }

  /** {@code site/kiosk} as this kiosk names itself in its request and its topics. */
  public String kioskName() {
    return remote.kiosk().site().value() + "/" + remote.kiosk().kiosk().value();
  }

  public BundleScans scans() {
    return scans;
  }
}
