package vn.tiepdon.devices.card;

import java.time.Instant;
import java.util.Objects;

/**
 * A card lying on a reader, from placement to removal. {@code card} is whatever the reader hands
 * over for the chip protocol (a PC/SC channel, a software chip); this module never looks inside it.
 * {@link #toString()} leaves it out, since it may carry personal data.
 *
 * @param sequence counts placements on this reader, so a quick remove-and-place is a new card
 */
public record CardHandle<T>(long sequence, Instant placedAt, T card) {
  public CardHandle {
    Objects.requireNonNull(placedAt, "placedAt");
    Objects.requireNonNull(card, "card");
  }

  @Override
  public String toString() {
    return "CardHandle[#" + sequence + " placed at " + placedAt + "]";
  }
}
