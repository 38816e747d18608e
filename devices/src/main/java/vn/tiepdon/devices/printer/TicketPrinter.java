package vn.tiepdon.devices.printer;

import java.awt.image.BufferedImage;
import vn.tiepdon.devices.Device;

/**
 * An 80 mm thermal ticket printer that prints a ready-made raster (the queue module lays the ticket
 * out as an image). Paper near its end shows as DEGRADED health; the job still prints.
 */
public interface TicketPrinter extends Device {
  /** Print head width of an 80 mm printer at 203 dpi: 72 mm × 8 dots/mm. */
  int MAX_WIDTH_DOTS = 576;

  PrinterStatus status();

  /** Prints {@code raster} (black on white) and reports the outcome; never throws for a fault. */
  PrintOutcome print(BufferedImage raster);
}
