package vn.tiepdon.queue.sqlite;

/** Where {@link SqliteQueueStore} takes ticket numbers from. */
public enum Numbering {
  /**
   * This database owns the site's sequences: one kiosk, or several kiosks writing one database file
   * (the default, and what the benchmark measures).
   */
  SITE_SEQUENCE,
  /**
   * The site coordinator owns the sequences; this kiosk issues from the blocks it leased ({@code
   * BlockLeaser} keeps them topped up).
   */
  LEASED_BLOCKS
}
