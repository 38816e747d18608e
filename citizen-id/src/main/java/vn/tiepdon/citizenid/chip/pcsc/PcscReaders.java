package vn.tiepdon.citizenid.chip.pcsc;

import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.TerminalCardService;
import vn.tiepdon.citizenid.chip.NoReaderException;

/**
 * PC/SC contactless readers through {@code javax.smartcardio} (pcsclite on Linux) and scuba's
 * {@link TerminalCardService}, which JMRTD reads through. Most "CCCD readers" sold in Viet Nam are
 * plain PC/SC readers of this kind.
 */
public final class PcscReaders {
  private PcscReaders() {}

  /**
   * The names of the connected readers.
   *
   * @throws NoReaderException if the PC/SC service is missing or lists no reader
   */
  public static List<String> names() throws NoReaderException {
    return terminals().stream().map(CardTerminal::getName).toList();
  }

  /**
   * A card service for the card on the named reader (a name or part of one), or on the first reader
   * that holds a card when no name is given. The caller opens (via JMRTD) and closes it.
   *
   * @throws NoReaderException if no reader matches or no card is on it
   */
  public static CardService cardOn(Optional<String> reader) throws NoReaderException {
    List<CardTerminal> terminals = terminals();
    CardTerminal terminal =
        reader.isPresent()
            ? terminals.stream()
                .filter(t -> t.getName().contains(reader.get()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new NoReaderException(
                            "no PC/SC reader named '"
                                + reader.get()
                                + "'; readers: "
                                + namesOf(terminals)))
            : terminals.stream()
                .filter(PcscReaders::hasCard)
                .findFirst()
                .orElseThrow(
                    () ->
                        new NoReaderException(
                            "no card on any PC/SC reader: " + namesOf(terminals)));
    if (!hasCard(terminal)) {
      throw new NoReaderException("no card on PC/SC reader '" + terminal.getName() + "'");
    }
    return new TerminalCardService(terminal);
  }

  private static List<CardTerminal> terminals() throws NoReaderException {
    try {
      List<CardTerminal> list = TerminalFactory.getDefault().terminals().list();
      if (list.isEmpty()) {
        throw new NoReaderException("no PC/SC reader connected");
      }
      return list;
    } catch (CardException | RuntimeException e) {
      // Without pcscd or a reader, smartcardio fails here (SCARD_E_NO_SERVICE,
      // SCARD_E_NO_READERS_AVAILABLE).
      throw new NoReaderException("no PC/SC reader available: " + rootMessage(e), e);
    }
  }

  private static boolean hasCard(CardTerminal terminal) {
    try {
      return terminal.isCardPresent();
    } catch (CardException e) {
      return false;
    }
  }

  private static String namesOf(List<CardTerminal> terminals) {
    return String.join(", ", terminals.stream().map(CardTerminal::getName).toList());
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
