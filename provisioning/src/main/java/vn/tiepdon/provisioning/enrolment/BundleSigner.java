package vn.tiepdon.provisioning.enrolment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;

/** Signs bundles with the hospital's key; refuses to sign a bundle that a kiosk would not read. */
public final class BundleSigner {
  private final PrivateKey privateKey;
  private final Ed25519PublicKey publicKey;

  public BundleSigner(PrivateKey privateKey, Ed25519PublicKey publicKey) {
    if (privateKey == null || publicKey == null) {
      throw new IllegalArgumentException("the hospital's private and public key are required");
    }
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  public SignedBundle sign(EnrolmentBundle bundle) {
    return sign(new BundleCodec().toJson(bundle));
  }

  /**
   * Signs a bundle object as given (e.g. edited by hand), after checking that it reads.
   *
   * @throws BundleRejectedException MALFORMED if it does not
   */
  public SignedBundle sign(ObjectNode bundle) {
    new BundleCodec().fromJson(bundle);
    SignedBundle unsigned = new SignedBundle(bundle, Optional.empty());
    byte[] signature = Ed25519.sign(privateKey, unsigned.signedBytes());
    if (!publicKey.verifies(unsigned.signedBytes(), signature)) {
      throw new IllegalArgumentException(
          "the private key does not belong to public key " + publicKey.keyId());
    }
    return new SignedBundle(
        bundle, Optional.of(new SignedBundle.Signature(publicKey.keyId(), signature)));
  }
}
