package vn.tiepdon.provisioning.identity;

import java.nio.file.Path;
import java.time.Clock;
import vn.tiepdon.provisioning.topic.KioskId;

/**
 * The kiosk's own identity: on first boot it creates the Ed25519 key pair in its keystore, on every
 * later boot it opens it. The enrolment request is what the staff screen shows until the kiosk is
 * enrolled ({@link #enrolmentQrText()} is the text for its QR code; the UI renders it with ZXing).
 */
public final class KioskIdentity {
  private final SigningKeyStore keys;
  private final EnrolmentRequest request;

  private KioskIdentity(SigningKeyStore keys, EnrolmentRequest request) {
    this.keys = keys;
    this.request = request;
  }

  /**
   * @throws KeyStoreException if the keystore exists but cannot be opened (wrong password, damaged
   *     file): never replaced silently, since a new key means enrolling the kiosk again
   */
  public static KioskIdentity load(Path keystore, char[] password, KioskId kiosk, Clock clock) {
    SigningKeyStore keys =
        SigningKeyStore.openOrCreate(keystore, password, "kiosk " + kiosk, clock);
    return new KioskIdentity(keys, new EnrolmentRequest(kiosk, keys.publicKey(), clock.instant()));
  }

  public SigningKeyStore keys() {
    return keys;
  }

  public Ed25519PublicKey publicKey() {
    return keys.publicKey();
  }

  public EnrolmentRequest enrolmentRequest() {
    return request;
  }

  /** {@code TDR1:…}, about 200 characters: one QR code on the staff screen. */
  public String enrolmentQrText() {
    return request.qrText();
  }
}
