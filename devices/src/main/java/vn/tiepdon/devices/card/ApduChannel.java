package vn.tiepdon.devices.card;

/**
 * An APDU-level channel to the chip of one placed card: what an APDU-tunnelling reader hands over
 * in {@link CardHandle#card()}. Only JDK types, so citizen-id's {@code ChipTransport} is a few
 * lines around it (kiosk-ui does that). The channel belongs to one placement: once that card has
 * left the reader, every call fails with {@link CardChannelException.Failure#CARD_REMOVED}, even if
 * another card lies there by then.
 */
public interface ApduChannel {
  /** The card's answer to reset (ATR or ATS-derived ATR) as the reader reported it; a copy. */
  byte[] atr();

  /**
   * Sends one command APDU and returns the response APDU, status word included.
   *
   * @throws CardChannelException with the reason: card removed, no answer in time, reader gone
   */
  byte[] transceive(byte[] commandApdu) throws CardChannelException;

  /** Whether the reader takes extended-length APDUs (Lc, Le above 255/256). */
  boolean supportsExtendedLength();
}
