package vn.tiepdon.provisioning.command;

import java.security.PrivateKey;
import vn.tiepdon.provisioning.identity.Ed25519;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;

/**
 * Signs commands with an IT operator's Ed25519 key (the fleet console's side). The operator's
 * public key must be listed in the kiosk's enrolment bundle for the kiosk to accept them.
 */
public final class CommandSigner {
  private final PrivateKey privateKey;
  private final Ed25519PublicKey publicKey;
  private final CommandCodec codec = new CommandCodec();

  public CommandSigner(PrivateKey privateKey, Ed25519PublicKey publicKey) {
    if (privateKey == null || publicKey == null) {
      throw new IllegalArgumentException("the operator's private and public key are required");
    }
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** The id to put in {@link RemoteCommand#operatorKeyId()}. */
  public String keyId() {
    return publicKey.keyId();
  }

  public SignedCommand sign(RemoteCommand command) {
    if (!command.operatorKeyId().equals(keyId())) {
      throw new IllegalArgumentException(
          "command names operator key "
              + command.operatorKeyId()
              + " but is signed with key "
              + keyId());
    }
    byte[] signed = codec.signedBytes(command);
    byte[] signature = Ed25519.sign(privateKey, signed);
    if (!publicKey.verifies(signed, signature)) {
      throw new IllegalArgumentException(
          "the private key does not belong to operator key " + keyId());
    }
    return new SignedCommand(command, signed, signature);
  }
}
