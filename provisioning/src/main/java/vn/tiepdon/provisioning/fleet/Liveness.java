package vn.tiepdon.provisioning.fleet;

/** What a status message means for the kiosk's presence, judged by its birth sequence. */
public enum Liveness {
  /** A birth: the kiosk is connected with this bdSeq. */
  ONLINE,
  /** The death of the current connection (Will or goodbye): the kiosk is offline. */
  OFFLINE,
  /**
   * The death of an earlier connection, arriving after a newer birth: ignore it, the kiosk is still
   * online.
   */
  STALE_DEATH
}
