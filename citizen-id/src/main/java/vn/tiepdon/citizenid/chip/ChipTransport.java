package vn.tiepdon.citizenid.chip;

import java.io.IOException;

/**
 * The port to a contactless card at APDU level, for readers that are not PC/SC (serial reader
 * boxes; their adapters live in {@code devices}) and for the software chip. {@link
 * TransportCardService} puts any transport under the JMRTD reading code. Only JDK types, so an
 * adapter in another module can implement it with a lambda-sized bridge.
 */
public interface ChipTransport extends AutoCloseable {
  /**
   * Powers the card and starts a session.
   *
   * @throws NoReaderException if no reader or no card is there
   */
  void connect() throws IOException;

  /**
   * Sends one command APDU and returns the response APDU, status word included.
   *
   * @throws CardRemovedException if the card left the field
   */
  byte[] transmit(byte[] commandApdu) throws IOException;

  /** Whether the reader and card take extended-length APDUs (Lc, Le above 255/256). */
  boolean supportsExtendedLength();

  @Override
  void close();
}
