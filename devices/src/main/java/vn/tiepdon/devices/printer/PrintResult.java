package vn.tiepdon.devices.printer;

/** The result of one print job; the UI maps each to its screen (e.g. "printer out of paper"). */
public enum PrintResult {
  PRINTED,
  PAPER_OUT,
  COVER_OPEN,
  OFFLINE,
  FAILED
}
