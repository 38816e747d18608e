package vn.tiepdon.ui.flow;

/** How printing the ticket went; the ticket exists either way. */
public enum PrintResult {
  PRINTED,
  PAPER_OUT,
  PRINTER_FAULT
}
