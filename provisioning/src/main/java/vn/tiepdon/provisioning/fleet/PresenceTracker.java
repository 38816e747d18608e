package vn.tiepdon.provisioning.fleet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.provisioning.message.KioskStatus;
import vn.tiepdon.provisioning.topic.KioskRef;

/**
 * Sparkplug B's rule for deaths: a death counts only if it carries the bdSeq of the latest birth. A
 * kiosk that reconnects before the broker notices its old connection is gone gets a new birth first
 * and the old connection's Will afterwards; without this rule it would show as offline.
 */
public final class PresenceTracker {
  private final Map<KioskRef, KioskStatus> current = new HashMap<>();

  /** Judges a status message and remembers it unless it is stale. */
  public synchronized Liveness apply(KioskStatus status) {
    KioskRef kiosk = status.ref();
    if (status.online()) {
      // Every birth is authoritative: a kiosk whose database was replaced starts again at 0.
      current.put(kiosk, status);
      return Liveness.ONLINE;
    }
    KioskStatus known = current.get(kiosk);
    if (known != null && known.online() && status.bdSeq() != known.bdSeq()) {
      return Liveness.STALE_DEATH;
    }
    current.put(kiosk, status);
    return Liveness.OFFLINE;
  }

  /** The last status that counted for this kiosk. */
  public synchronized Optional<KioskStatus> current(KioskRef kiosk) {
    return Optional.ofNullable(current.get(kiosk));
  }

  public synchronized Map<KioskRef, KioskStatus> all() {
    return Map.copyOf(current);
  }
}
