package vn.tiepdon.devices.printer.escpos;

/** How the ticket is cut off the roll: all through, or leaving a small hinge (partial). */
public enum Cut {
  FULL,
  PARTIAL
}
