package vn.tiepdon.devices.printer;

/** Paper as the printer's sensors report it. */
public enum PaperLevel {
  OK,
  NEAR_END,
  OUT,
  /** The printer did not answer, so nothing is known about its paper. */
  UNKNOWN
}
