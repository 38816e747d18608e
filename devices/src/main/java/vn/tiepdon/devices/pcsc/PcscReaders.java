package vn.tiepdon.devices.pcsc;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * Lists the PC/SC (smart card) readers of this machine. A machine without the PC/SC service or
 * without readers has none; that is not an error.
 */
public final class PcscReaders {
  private PcscReaders() {}

  /** What was found, and when nothing could be asked, why (for the developer, in English). */
  public record Listing(List<String> readers, String problem) {
    public Listing {
      readers = List.copyOf(readers);
    }
  }

  public static Listing list() {
    try {
      TerminalFactory factory = TerminalFactory.getDefault();
      if (!"PC/SC".equals(factory.getType())) {
        // The JDK falls back to an empty "None" factory when libpcsclite cannot be loaded.
        return new Listing(List.of(), "no PC/SC library (factory type " + factory.getType() + ")");
      }
      List<String> names =
          factory.terminals().list().stream().map(CardTerminal::getName).sorted().toList();
      return new Listing(names, "");
    } catch (CardException | RuntimeException e) {
      // No pcscd or no libpcsclite: javax.smartcardio throws; there are simply no readers.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Listing(List.of(), String.valueOf(cause.getMessage()));
    }
  }
}
