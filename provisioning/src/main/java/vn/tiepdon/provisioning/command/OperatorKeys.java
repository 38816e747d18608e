package vn.tiepdon.provisioning.command;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.provisioning.identity.Ed25519PublicKey;

/** The IT operators' public keys a kiosk trusts, by key id; they come from the enrolment bundle. */
public final class OperatorKeys {
  private final Map<String, Ed25519PublicKey> byId;

  private OperatorKeys(Map<String, Ed25519PublicKey> byId) {
    this.byId = Map.copyOf(byId);
  }

  public static OperatorKeys of(Collection<Ed25519PublicKey> keys) {
    Map<String, Ed25519PublicKey> byId = new LinkedHashMap<>();
    for (Ed25519PublicKey key : keys) {
      byId.put(key.keyId(), key);
    }
    return new OperatorKeys(byId);
  }

  public static OperatorKeys none() {
    return new OperatorKeys(Map.of());
  }

  public Optional<Ed25519PublicKey> find(String keyId) {
    return Optional.ofNullable(byId.get(keyId));
  }

  public int size() {
    return byId.size();
  }
}
