package vn.tiepdon.devices.printer.escpos;

import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.devices.printer.PaperLevel;
import vn.tiepdon.devices.printer.PrinterStatus;

/**
 * The answers of an Epson-compatible printer to the real-time status requests DLE EOT 1 (printer),
 * DLE EOT 2 (offline cause) and DLE EOT 4 (roll paper sensor), decoded per the Epson ESC/POS
 * reference. Each answer byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not a
 * status byte.
 */
record RealTimeStatus(int printer, int offlineCause, int paperSensor) {
  /** DLE EOT n: answered at once, even while the printer is offline or busy printing. */
  static final byte[] PRINTER = {0x10, 0x04, 0x01};

  static final byte[] OFFLINE_CAUSE = {0x10, 0x04, 0x02};
  static final byte[] PAPER_SENSOR = {0x10, 0x04, 0x04};

  /**
   * GS r 1 (paper sensor status): unlike DLE EOT it waits its turn behind the job in the printer's
   * buffer, so its answer means the job before it has been printed. Its answer has bit 4 clear,
   * which tells it apart from a late DLE EOT answer.
   */
  static final byte[] PAPER_AFTER_JOB = {0x1D, 0x72, 0x01};

  private static final int FIXED_MASK = 0b1001_0011;
  private static final int FIXED_BITS = 0b0001_0010;

  RealTimeStatus {
    check("DLE EOT 1", printer);
    check("DLE EOT 2", offlineCause);
    check("DLE EOT 4", paperSensor);
  }

  static boolean isStatusByte(int b) {
    return (b & FIXED_MASK) == FIXED_BITS;
  }

  /** Whether {@code b} can be the answer to GS r 1 (bits 4 and 7 clear). */
  static boolean isPaperAfterJobByte(int b) {
    return (b & 0b1001_0000) == 0;
  }

  private static void check(String request, int b) {
    if (!isStatusByte(b)) {
      throw new IllegalArgumentException(
          String.format("answer 0x%02x to %s is not an ESC/POS status byte", b, request));
    }
  }

  boolean offline() {
    return (printer & 0x08) != 0;
  }

  boolean coverOpen() {
    return (offlineCause & 0x04) != 0;
  }

  boolean stoppedByPaperEnd() {
    return (offlineCause & 0x20) != 0;
  }

  boolean errorOccurred() {
    return (offlineCause & 0x40) != 0;
  }

  boolean paperNearEnd() {
    return (paperSensor & 0x0C) != 0;
  }

  boolean paperOut() {
    return (paperSensor & 0x60) != 0;
  }

  /**
   * A printer with its cover open or out of paper is offline too; that offline is explained and
   * reported as cover/paper. Offline for any other reason (an error such as a cutter jam, a feed
   * button held) is reported as not online.
   */
  PrinterStatus toPrinterStatus() {
    PaperLevel paper =
        paperOut() || stoppedByPaperEnd()
            ? PaperLevel.OUT
            : paperNearEnd() ? PaperLevel.NEAR_END : PaperLevel.OK;
    boolean explained = coverOpen() || paper == PaperLevel.OUT;
    boolean online = !errorOccurred() && (!offline() || explained);
    return new PrinterStatus(paper, coverOpen(), online);
  }

  /** English words for health details and logs. */
  String detail() {
    List<String> parts = new ArrayList<>();
    if (offline()) {
      parts.add("offline");
    }
    if (coverOpen()) {
      parts.add("cover open");
    }
    if (paperOut() || stoppedByPaperEnd()) {
      parts.add("paper out");
    } else if (paperNearEnd()) {
      parts.add("paper low");
    }
    if (errorOccurred()) {
      parts.add("printer error");
    }
    return parts.isEmpty()
        ? "ready"
        : String.join(", ", parts)
            + String.format(" (status %02x %02x %02x)", printer, offlineCause, paperSensor);
  }
}
