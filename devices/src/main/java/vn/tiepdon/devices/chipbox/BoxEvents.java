package vn.tiepdon.devices.chipbox;

/** What a {@link BoxSession} tells its adapter, on the reader thread (or the requesting thread). */
public interface BoxEvents {
  /** A card entered the field; {@code generation} numbers placements on this box. */
  void cardPresent(long generation, byte[] atr);

  /**
   * The card of {@code generation} left the field, or the box went away with it; -1 when the box
   * reports a removal of a card that was never tunnelled (parsed-data boxes).
   */
  void cardRemoved(long generation);

  /** A parsed-data box sent the card it read ({@link FrameType#CARD_DATA}). */
  default void cardData(BoxFrame frame) {}

  /** A request got no answer in time: the box may hang. */
  default void silent(FrameType request, long waitedMillis) {}
}
