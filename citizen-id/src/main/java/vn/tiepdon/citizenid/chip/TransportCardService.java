package vn.tiepdon.citizenid.chip;

import java.io.IOException;
import java.util.Objects;
import net.sf.scuba.smartcards.APDUEvent;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/** A scuba {@link CardService} over a {@link ChipTransport}, so JMRTD can drive any transport. */
public final class TransportCardService extends CardService {
  private final ChipTransport transport;
  private boolean open;
  private int count;

  public TransportCardService(ChipTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public void open() throws CardServiceException {
    if (open) {
      return;
    }
    try {
      transport.connect();
      open = true;
    } catch (IOException e) {
      throw new CardServiceException("cannot connect to the card: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
    try {
      ResponseAPDU response = new ResponseAPDU(transport.transmit(command.getBytes()));
      notifyExchangedAPDU(new APDUEvent(this, "RAW", ++count, command, response));
      return response;
    } catch (IOException e) {
      throw new CardServiceException("transmit failed: " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] getATR() {
    return new byte[0];
  }

  @Override
  public boolean isExtendedAPDULengthSupported() {
    return transport.supportsExtendedLength();
  }

  @Override
  public void close() {
    open = false;
    transport.close();
  }

  @Override
  public boolean isConnectionLost(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CardRemovedException) {
        return true;
      }
    }
    return false;
  }
}
