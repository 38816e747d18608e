package vn.tiepdon.devices.printer;

/** Paper as the printer's sensors report it. */
public enum PaperLevel {
  OK,
  NEAR_END,
  OUT
}
