package vn.tiepdon.devices.printer;

import java.util.Objects;
import vn.tiepdon.devices.HealthReason;

/** What a ticket printer reports about itself. */
public record PrinterStatus(PaperLevel paper, boolean coverOpen, boolean online) {
  public PrinterStatus {
    Objects.requireNonNull(paper, "paper");
  }

  public static PrinterStatus ready() {
    return new PrinterStatus(PaperLevel.OK, false, true);
  }

  /** A printer that does not answer (unplugged, switched off, not responding). */
  public static PrinterStatus unreachable() {
    return new PrinterStatus(PaperLevel.UNKNOWN, false, false);
  }

  /** Whether a ticket can be printed now (near-end paper still prints). */
  public boolean canPrint() {
    return online && !coverOpen && (paper == PaperLevel.OK || paper == PaperLevel.NEAR_END);
  }

  /** The health this status means: the most serious fault wins. */
  public HealthReason healthReason() {
    if (!online) {
      return HealthReason.OFFLINE;
    }
    if (coverOpen) {
      return HealthReason.COVER_OPEN;
    }
    return switch (paper) {
      case OUT -> HealthReason.PAPER_OUT;
      case NEAR_END -> HealthReason.PAPER_NEAR_END;
      case OK -> HealthReason.OK;
      case UNKNOWN -> HealthReason.OFFLINE;
    };
  }
}
