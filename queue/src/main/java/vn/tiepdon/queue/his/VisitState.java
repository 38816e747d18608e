package vn.tiepdon.queue.his;

/** Where a ticket's visit stands with the HIS. */
public enum VisitState {
  /** The HIS recorded the visit. */
  REGISTERED,
  /** The HIS was unreachable; the registration waits, encrypted, in the outbox. */
  PROVISIONAL,
  /** No HIS is configured at this site. */
  LOCAL_ONLY,
  /** The HIS refused the registration when it was sent later; staff confirm at the counter. */
  REFUSED,
  /** The registration could not be delivered within the retention limit and was purged. */
  EXPIRED;

  /** The patient must confirm the visit at the clinic or counter. */
  public boolean provisional() {
    return this == PROVISIONAL || this == REFUSED || this == EXPIRED;
  }
}
