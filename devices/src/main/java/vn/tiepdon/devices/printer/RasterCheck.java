package vn.tiepdon.devices.printer;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** What every printer refuses before touching paper: an empty raster or one wider than the head. */
public final class RasterCheck {
  private RasterCheck() {}

  /** The failure {@code raster} would cause, or empty when it can be printed. */
  public static Optional<PrintFailure> problemWith(BufferedImage raster) {
    if (raster.getWidth() == 0 || raster.getHeight() == 0) {
      return Optional.of(new PrintFailure(PrintFailure.Reason.EMPTY_RASTER, "raster is empty"));
    }
    if (raster.getWidth() > TicketPrinter.MAX_WIDTH_DOTS) {
      return Optional.of(
          new PrintFailure(
              PrintFailure.Reason.RASTER_TOO_WIDE,
              "raster is "
                  + raster.getWidth()
                  + " dots wide, the head has "
                  + TicketPrinter.MAX_WIDTH_DOTS));
    }
    return Optional.empty();
  }
}
