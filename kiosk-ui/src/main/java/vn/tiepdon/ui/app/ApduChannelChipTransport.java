package vn.tiepdon.ui.app;

import java.io.IOException;
import vn.tiepdon.citizenid.chip.CardRemovedException;
import vn.tiepdon.citizenid.chip.ChipTransport;
import vn.tiepdon.devices.card.ApduChannel;
import vn.tiepdon.devices.card.CardChannelException;

/**
 * citizen-id's chip port on an APDU-tunnelling serial reader box from devices: JMRTD's PACE/BAC,
 * passive and chip authentication run through the box unchanged. A card that left the box, or a box
 * that was unplugged, is a removed card to the reading code.
 */
final class ApduChannelChipTransport implements ChipTransport {
  private final ApduChannel channel;

  ApduChannelChipTransport(ApduChannel channel) {
    this.channel = channel;
  }

  @Override
  public void connect() {
    // The box powered the card when it reported it present; the channel is that session.
  }

  @Override
  public byte[] transmit(byte[] commandApdu) throws IOException {
    try {
      return channel.transceive(commandApdu);
    } catch (CardChannelException e) {
      switch (e.failure()) {
        case CARD_REMOVED, NO_CARD, UNPLUGGED ->
            throw new CardRemovedException("card left the reader box: " + e.failure());
        default -> throw e;
      }
    }
  }

  @Override
  public boolean supportsExtendedLength() {
    return channel.supportsExtendedLength();
  }

  @Override
  public void close() {
    // The channel belongs to the placement; the box ends it when the card is taken away.
  }
}
