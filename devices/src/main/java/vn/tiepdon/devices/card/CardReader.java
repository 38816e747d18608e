package vn.tiepdon.devices.card;

import java.util.Optional;
import vn.tiepdon.devices.Device;

/**
 * Card presence on a chip reader. The chip protocol itself belongs to citizen-id, which receives
 * the {@link CardHandle#card()} payload.
 *
 * @param <T> what the reader hands over for a placed card
 */
public interface CardReader<T> extends Device {
  /** Starts reporting placements and removals; may be called once. */
  void start(CardListener<T> listener);

  /** The card on the reader now, if any. */
  Optional<CardHandle<T>> currentCard();
}
