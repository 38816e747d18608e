package vn.tiepdon.provisioning.enrolment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;
import vn.tiepdon.provisioning.topic.KioskId;
import vn.tiepdon.provisioning.topic.SiteId;

/**
 * Decides whether this kiosk takes a bundle: signed, by the hospital's key, currently valid, for
 * this kiosk (and its key, when the bundle names one) and for this kiosk's hospital, when the kiosk
 * already belongs to one. Each refusal has a {@link BundleRejection} and a sentence for IT.
 */
public final class BundleVerifier {
  /** How far the hospital's clock may be ahead of the kiosk's. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Ed25519PublicKey hospitalKey;
  private final KioskId kiosk;
  private final Optional<Ed25519PublicKey> kioskKey;
  private final Optional<SiteId> hospital;
  private final Clock clock;

  /**
   * @param hospitalKey the hospital's public key, installed with the kiosk
   * @param kioskKey this kiosk's own public key (from its keystore)
   * @param hospital the hospital this kiosk belongs to; empty before the first enrolment
   */
  public BundleVerifier(
      Ed25519PublicKey hospitalKey,
      KioskId kiosk,
      Optional<Ed25519PublicKey> kioskKey,
      Optional<SiteId> hospital,
      Clock clock) {
    if (hospitalKey == null
        || kiosk == null
        || kioskKey == null
        || hospital == null
        || clock == null) {
      throw new IllegalArgumentException(
          "hospitalKey, kiosk, kioskKey, hospital and clock are required");
    }
    this.hospitalKey = hospitalKey;
    this.kiosk = kiosk;
    this.kioskKey = kioskKey;
    this.hospital = hospital;
    this.clock = clock;
  }

  /** Checks a bundle file for installation now. */
  public EnrolmentBundle verify(byte[] file) {
    return verify(SignedBundle.parse(file), true);
  }

  /**
   * @param checkTime false when re-reading the installed bundle at start-up: a kiosk keeps working
   *     on its last good bundle after that bundle's installation window closed
   */
  public EnrolmentBundle verify(SignedBundle signed, boolean checkTime) {
    SignedBundle.Signature signature =
        signed
            .signature()
            .orElseThrow(
                () ->
                    new BundleRejectedException(BundleRejection.UNSIGNED, "bundle is not signed"));
    if (!signature.keyId().equals(hospitalKey.keyId())) {
      throw new BundleRejectedException(
          BundleRejection.BAD_SIGNATURE,
          "bundle is signed with key "
              + signature.keyId()
              + ", not with this hospital's key "
              + hospitalKey.keyId());
    }
    if (!hospitalKey.verifies(signed.signedBytes(), signature.value())) {
      throw new BundleRejectedException(
          BundleRejection.BAD_SIGNATURE,
          "bundle signature does not match its content (changed after signing, or forged)");
    }
    EnrolmentBundle bundle = new BundleCodec().fromJson(signed.bundle());
    if (checkTime) {
      Instant now = clock.instant();
      if (!now.isBefore(bundle.expiresAt())) {
        throw new BundleRejectedException(
            BundleRejection.EXPIRED,
            "bundle expired at " + bundle.expiresAt() + " (kiosk time " + now + ")");
      }
      if (bundle.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
        throw new BundleRejectedException(
            BundleRejection.NOT_YET_VALID,
            "bundle is not valid before " + bundle.issuedAt() + " (kiosk time " + now + ")");
      }
    }
    if (!bundle.kiosk().equals(kiosk)) {
      throw new BundleRejectedException(
          BundleRejection.OTHER_KIOSK,
          "bundle is for kiosk " + bundle.kiosk() + ", this is kiosk " + kiosk);
    }
    if (bundle.kioskKey().isPresent()
        && kioskKey.isPresent()
        && !bundle.kioskKey().get().equals(kioskKey.get())) {
      throw new BundleRejectedException(
          BundleRejection.OTHER_KIOSK,
          "bundle is for kiosk key "
              + bundle.kioskKey().get().keyId()
              + ", this kiosk's key is "
              + kioskKey.get().keyId());
    }
    if (hospital.isPresent() && !bundle.hospital().equals(hospital.get())) {
      throw new BundleRejectedException(
          BundleRejection.OTHER_HOSPITAL,
          "bundle is from hospital "
              + bundle.hospital()
              + ", this kiosk belongs to "
              + hospital.get());
    }
    return bundle;
  }
}
