package vn.tiepdon.provisioning.fleet;

/** Why a kiosk needs IT's attention; the console and scripts key their words on these names. */
public enum AlertKind {
  /** Offline for longer than {@link AlertRules#offlineAfter()}. */
  OFFLINE,
  /** Online, but nothing heard for longer than {@link AlertRules#silentAfter()}. */
  SILENT,
  /** A device reports {@code fault} or {@code offline}; the alert names the device. */
  DEVICE_DOWN,
  /** The printer's paper is near its end or out. */
  PAPER_LOW,
  /** The kiosk's outbox holds at least {@link AlertRules#outboxBacklog()} messages. */
  OUTBOX_BACKLOG,
  /** The kiosk's outbox limits dropped undelivered messages. */
  OUTBOX_DROPPED
}
