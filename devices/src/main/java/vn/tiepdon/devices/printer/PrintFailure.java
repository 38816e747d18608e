package vn.tiepdon.devices.printer;

import java.util.Objects;

/** Why a print job FAILED for a reason other than paper, cover or connection. */
public record PrintFailure(Reason reason, String detail) {
  public enum Reason {
    /** The raster is wider than the print head. */
    RASTER_TOO_WIDE,
    /** The raster has no rows or no columns. */
    EMPTY_RASTER,
    /** Writing to the device (or the simulator's folder) failed. */
    IO_ERROR,
    /** The printer reported an error it did not explain (cutter jam, head too hot). */
    DEVICE_ERROR
  }

  public PrintFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
