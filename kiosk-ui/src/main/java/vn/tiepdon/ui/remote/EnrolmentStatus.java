package vn.tiepdon.ui.remote;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.provisioning.enrolment.EnrolmentBundle;
import vn.tiepdon.provisioning.enrolment.PemCertificates;

/** Whether this kiosk is enrolled, for the staff screen. */
public sealed interface EnrolmentStatus {
  /** No bundle installed yet: the kiosk shows its enrolment request and obeys nobody. */
  record NotEnrolled() implements EnrolmentStatus {}

  /**
   * A bundle is stored but no longer verifies (damaged, another keystore, another hospital key).
   */
  record BundleRefused() implements EnrolmentStatus {}

  /**
   * Enrolled with the bundle read at start-up.
   *
   * @param brokerHost host (and port) only: the login stays off the screen
   * @param cscaCertificates how many CSCA certificates the bundle brought
   */
  record Enrolled(
      String hospital, String kiosk, Instant expiresAt, String brokerHost, int cscaCertificates)
      implements EnrolmentStatus {}

  static EnrolmentStatus of(Optional<EnrolmentBundle> bundle, boolean stored) {
    if (bundle.isEmpty()) {
      return stored ? new BundleRefused() : new NotEnrolled();
    }
    EnrolmentBundle b = bundle.get();
    int certificates = 0;
    for (String pem : b.cscaCertificates()) {
      certificates += PemCertificates.parse(pem).size();
    }
    return new Enrolled(
        b.hospital().value(),
        b.kiosk().value(),
        b.expiresAt(),
        b.broker().url().getHost() + ":" + b.broker().url().getPort(),
        certificates);
  }
}
