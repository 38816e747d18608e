package vn.tiepdon.devices.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImage;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The ESC/POS bytes of one ticket, made by escpos-coffee: initialise (ESC @), the raster as GS v 0
 * bands, feed the ticket past the cutter, cut (GS V).
 */
final class TicketCommands {
  /**
   * Rows per GS v 0 command. Printers cap one raster command (Epson: 2303 or 4095 rows by model)
   * and small buffers stall on large ones; bands print as one continuous image.
   */
  static final int BAND_ROWS = 256;

  /** Dots darker than this (0..255 luminance) print black. */
  private static final int THRESHOLD = 127;

  private TicketCommands() {}

  static byte[] of(BufferedImage raster, int feedLines, Cut cut) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raster.getHeight() * 80 + 64);
    try (EscPos escpos = new EscPos(bytes)) {
      escpos.initializePrinter();
      RasterBitImageWrapper wrapper =
          new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center);
      CoffeeImage image = new CoffeeImageImpl(raster);
      for (int top = 0; top < raster.getHeight(); top += BAND_ROWS) {
        int rows = Math.min(BAND_ROWS, raster.getHeight() - top);
        CoffeeImage band = image.getSubimage(0, top, raster.getWidth(), rows);
        escpos.write(wrapper, new EscPosImage(band, new BitonalThreshold(THRESHOLD)));
      }
      if (feedLines > 0) {
        escpos.feed(feedLines);
      }
      escpos.cut(cut == Cut.FULL ? EscPos.CutMode.FULL : EscPos.CutMode.PART);
    } catch (IOException e) {
      throw new UncheckedIOException("writing into memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
