package vn.tiepdon.provisioning.command;

import java.util.Arrays;

/**
 * A command with its Ed25519 signature over {@link #signedBytes()}: the RFC 8785 canonical JSON of
 * the envelope without its {@code signature} member. {@code signature} is empty for an unsigned
 * command as received.
 */
public record SignedCommand(RemoteCommand command, byte[] signedBytes, byte[] signature) {
  public SignedCommand {
    if (command == null || signedBytes == null || signature == null) {
      throw new IllegalArgumentException("command, signedBytes and signature are required");
    }
    signedBytes = signedBytes.clone();
    signature = signature.clone();
  }

  public boolean signed() {
    return signature.length > 0;
  }

  @Override
  public byte[] signedBytes() {
    return signedBytes.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedCommand that
        && command.equals(that.command)
        && Arrays.equals(signedBytes, that.signedBytes)
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return 31 * command.hashCode() + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "SignedCommand[" + command.id() + " " + command.type() + " to " + command.target() + "]";
  }
}
